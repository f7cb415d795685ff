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

    /// Moves forward eight bytes at a time within a line (counting the code points that start in each
    /// word), then one code point at a time.
    private mutating func advance(to index: Int) {
        guard let base = bytes.baseAddress else { return }
        var remaining = index - codePointIndex
        while remaining > 0, byteOffset < bytes.count {
            let lineEnd = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
            var moved = 0
            while remaining - moved >= 8, byteOffset + 8 <= lineEnd {
                let word = UnsafeRawPointer(base + byteOffset).loadUnaligned(as: UInt64.self)
                // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
                let continuationBytes = word & ~(word << 1) & 0x8080_8080_8080_8080
                moved += 8 - continuationBytes.nonzeroBitCount
                byteOffset += 8
            }
            guard moved > 0 else {
                stepForward()
                remaining -= 1
                continue
            }
            // Finish the character whose first byte was counted in the last word.
            while byteOffset < bytes.count, base[byteOffset] & 0xC0 == 0x80 { byteOffset += 1 }
            codePointIndex += moved
            remaining -= moved
            noteLineStart()
        }
    }

    private mutating func retreat(to index: Int) {
        while codePointIndex > index, byteOffset > 0 { stepBackward() }
    }

    @inline(__always)
    private mutating func stepForward() {
        byteOffset += 1
        while byteOffset < bytes.count, bytes[byteOffset] & 0xC0 == 0x80 { byteOffset += 1 }
        codePointIndex += 1
        noteLineStart()
    }

    @inline(__always)
    private mutating func noteLineStart() {
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
