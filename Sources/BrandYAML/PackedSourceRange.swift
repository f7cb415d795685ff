internal import BrandDiagnostics

/// A `SourceRange` in 32 bytes instead of 48: a large file holds millions of nodes, and their size
/// is most of the loader's memory traffic. Offsets stay full width; lines and columns are 32-bit
/// (a line or column past 4,294,967,295 reads back as that number).
struct PackedSourceRange: Sendable {
    private let startOffset: Int
    private let endOffset: Int
    private let startLine: UInt32
    private let startColumn: UInt32
    private let endLine: UInt32
    private let endColumn: UInt32

    init(_ range: SourceRange) {
        startOffset = range.start.offset
        endOffset = range.end.offset
        startLine = UInt32(clamping: range.start.line)
        startColumn = UInt32(clamping: range.start.column)
        endLine = UInt32(clamping: range.end.line)
        endColumn = UInt32(clamping: range.end.column)
    }

    var range: SourceRange {
        SourceRange(
            start: SourcePosition(offset: startOffset, line: Int(startLine), column: Int(startColumn)),
            end: SourcePosition(offset: endOffset, line: Int(endLine), column: Int(endColumn)))
    }
}
