/// The bytes of one input file and a table of where its lines start.
///
/// Lines end at LF, CR LF or a lone CR only: U+2028, U+2029 and U+0085 do not start a line, so line
/// numbers agree with libyaml and with editors.
public struct SourceFile: SourceLines {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.lineStarts = SourceFile.computeLineStarts(bytes)
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public var lineCount: Int { lineStarts.count }

    public func line(_ number: Int) -> SourceLine? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return SourceLine(startOffset: start, bytes: bytes[start..<end])
    }

    /// The text of a 1-based line without its line terminator, decoded leniently (invalid UTF-8 becomes U+FFFD).
    public func lineText(_ line: Int) -> String {
        self.line(line).map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }

    /// The position of a byte offset, with the column counted in Unicode scalars.
    public func position(atOffset offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        let lineIndex = lineIndex(containing: clamped)
        var column = 1
        var index = lineStarts[lineIndex]
        while index < clamped {
            index += SourceFile.scalarLength(leadByte: bytes[index])
            column += 1
        }
        return SourcePosition(offset: clamped, line: lineIndex + 1, column: column)
    }

    /// The position of a 1-based line and a 1-based column counted in Unicode scalars.
    public func position(line: Int, column: Int) -> SourcePosition {
        guard !lineStarts.isEmpty else { return SourcePosition(offset: 0, line: 1, column: 1) }
        let lineIndex = max(0, min(line - 1, lineStarts.count - 1))
        var lineEnd = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] : bytes.count
        while lineEnd > lineStarts[lineIndex], bytes[lineEnd - 1] == 0x0A || bytes[lineEnd - 1] == 0x0D {
            lineEnd -= 1
        }
        var offset = lineStarts[lineIndex]
        var remaining = max(0, column - 1)
        while remaining > 0, offset < lineEnd {
            offset += SourceFile.scalarLength(leadByte: bytes[offset])
            remaining -= 1
        }
        return SourcePosition(offset: min(offset, lineEnd), line: lineIndex + 1, column: column - remaining)
    }

    /// A location for a byte range of this file.
    public func location(from startOffset: Int, to endOffset: Int) -> SourceLocation {
        SourceLocation(
            file: path,
            range: SourceRange(start: position(atOffset: startOffset), end: position(atOffset: endOffset)))
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Bytes in the UTF-8 sequence that starts with `leadByte`; 1 for a stray continuation or invalid byte.
    static func scalarLength(leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xF0...0xF7: return 4
        case 0xE0...0xEF: return 3
        case 0xC0...0xDF: return 2
        default: return 1
        }
    }

    static func computeLineStarts(_ bytes: [UInt8]) -> [Int] {
        var scanner = LineStartScanner()
        bytes.withUnsafeBufferPointer { scanner.scan($0) }
        scanner.finish()
        return scanner.lineStarts
    }
}
