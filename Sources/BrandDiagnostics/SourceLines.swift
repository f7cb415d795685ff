/// Read access to a source file one line at a time: what a renderer needs to show the line a
/// diagnostic points at, without holding the whole file (a feed can be gigabytes).
public protocol SourceLines: Sendable {
    /// The 1-based line `number` without its terminator, or `nil` past the end of the file.
    func line(_ number: Int) -> SourceLine?
}

/// The bytes of one source line (terminator removed) and the file offset they start at.
public struct SourceLine: Sendable, Equatable {
    public let startOffset: Int
    public let bytes: ArraySlice<UInt8>

    public init(startOffset: Int, bytes: ArraySlice<UInt8>) {
        self.startOffset = startOffset
        self.bytes = bytes
    }

    /// The bytes between two file offsets, when both fall on this line.
    public func bytes(from start: Int, to end: Int) -> ArraySlice<UInt8>? {
        let lineEnd = startOffset + bytes.count
        guard start >= startOffset, start <= end, end <= lineEnd else { return nil }
        let base = bytes.startIndex - startOffset
        return bytes[(base + start)..<(base + end)]
    }
}
