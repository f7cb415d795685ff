extension String {
    /// The text without leading and trailing whitespace and line breaks (Unicode `White_Space`: the
    /// set Foundation's `.whitespacesAndNewlines` trims), without a trip through `NSString`: most
    /// texts have nothing to trim and are returned as they are.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        guard first.properties.isWhitespace || last.properties.isWhitespace else { return self }
        let start = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.endIndex
        let end = scalars.lastIndex { !$0.properties.isWhitespace }.map { scalars.index(after: $0) } ?? start
        return start < end ? String(scalars[start..<end]) : ""
    }
}
