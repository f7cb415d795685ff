extension UnicodeScript {
    /// Compares raw values directly. Without this, `==` and `!=` on this many-case raw-value enum
    /// went through the generic `Equatable` dispatch thunk in the per-scalar scans (measured with
    /// perf: about a seventh of `scriptRuns`' time).
    @inline(__always)
    public static func == (lhs: UnicodeScript, rhs: UnicodeScript) -> Bool {
        lhs.rawValue == rhs.rawValue
    }
}
