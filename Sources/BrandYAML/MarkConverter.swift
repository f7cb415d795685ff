internal import BrandDiagnostics

/// Turns libyaml marks (0-based index counted in code points) into `SourcePosition`s
/// (UTF-8 byte offset, 1-based line, 1-based column in code points).
///
/// libyaml reports marks in almost increasing order, so a cursor walks forward over the bytes once:
/// converting every mark of a file costs O(n) in total. The rare step back walks backward from the
/// cursor. Lines come from `SourceFile`'s table (LF, CR LF, CR), not from libyaml, which also breaks
/// lines at U+0085, U+2028 and U+2029. A UTF-8 byte order mark is invisible: the text after it is at
/// column 1, as editors show it.
struct MarkConverter {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let lineStarts: [Int]
    /// Code-point index of the first character of each line reached so far.
    private var lineStartIndices: [Int]
    private var byteOffset: Int
    private var codePointIndex = 0
    private var line = 0

    init(bytes: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) {
        self.bytes = bytes
        self.lineStarts = lineStarts
        let bomLength = MarkConverter.byteOrderMarkLength(bytes)
        self.byteOffset = bomLength
        self.lineStartIndices = [0]
        self.lineStartIndices.reserveCapacity(lineStarts.count)
    }

    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The position of the character at code-point `index` (clamped to the end of the file).
    mutating func position(atIndex index: Int) -> SourcePosition {
        if index >= codePointIndex {
            advance(to: index)
        } else {
            retreat(to: index)
        }
        return SourcePosition(offset: byteOffset, line: line + 1, column: codePointIndex - lineStartIndices[line] + 1)
    }

    /// The position of a byte offset (libyaml's reader errors count raw bytes).
    mutating func position(atByteOffset target: Int) -> SourcePosition {
        let clamped = max(0, min(target, bytes.count))
        while byteOffset < clamped { stepForward() }
        while byteOffset > clamped, byteOffset > MarkConverter.byteOrderMarkLength(bytes) { stepBackward() }
        return SourcePosition(offset: byteOffset, line: line + 1, column: codePointIndex - lineStartIndices[line] + 1)
    }

    private mutating func advance(to index: Int) {
        while codePointIndex < index, byteOffset < bytes.count { stepForward() }
    }

    private mutating func retreat(to index: Int) {
        while codePointIndex > index, byteOffset > 0 { stepBackward() }
    }

    @inline(__always)
    private mutating func stepForward() {
        byteOffset += 1
        while byteOffset < bytes.count, bytes[byteOffset] & 0xC0 == 0x80 { byteOffset += 1 }
        codePointIndex += 1
        if line + 1 < lineStarts.count, lineStarts[line + 1] <= byteOffset {
            line += 1
            if lineStartIndices.count == line { lineStartIndices.append(codePointIndex) }
        }
    }

    private mutating func stepBackward() {
        byteOffset -= 1
        while byteOffset > 0, bytes[byteOffset] & 0xC0 == 0x80 { byteOffset -= 1 }
        codePointIndex -= 1
        if lineStarts[line] > byteOffset { line -= 1 }
    }
}
