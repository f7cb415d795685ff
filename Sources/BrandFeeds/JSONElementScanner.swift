/// Finds the elements of a JSON feed without parsing them: each non-blank line of a JSON Lines
/// file, or each top-level element of a JSON array, with its byte range and starting line/column.
/// Only one element is parsed at a time, so a large array never becomes one tree in memory.
struct JSONElementScanner {
    let lines: Bool

    /// The next element at or after `position`: its byte range, its start, and where to go on from.
    /// `nil` at the end of the input (or at the closing `]`).
    func element(in bytes: UnsafeRawBufferPointer, at position: FeedPosition)
        -> (range: Range<Int>, start: FeedPosition, next: FeedPosition)?
    {
        var here = position
        if here.offset == 0, bytes.starts(with: FeedSniffer.utf8BOM) {
            here.offset = 3
            here.column = 2
        }
        // Skip whitespace and, in an array, the opening bracket and separators.
        while here.offset < bytes.count {
            let byte = bytes[here.offset]
            if byte == 0x0A || byte == 0x0D {
                here = afterTerminator(bytes, here)
            } else if byte == 0x20 || byte == 0x09 || (!lines && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "["))) {
                here.offset += 1
                here.column += 1
            } else {
                break
            }
        }
        guard here.offset < bytes.count, lines || bytes[here.offset] != UInt8(ascii: "]") else { return nil }
        let start = here
        var depth = 0
        var inString = false
        while here.offset < bytes.count {
            let byte = bytes[here.offset]
            // A JSON Lines record ends at its line's end, even inside an unclosed string: one broken
            // line is one bad row, never the rest of the file swallowed into it.
            if lines, byte == 0x0A || byte == 0x0D { break }
            if inString {
                if byte == UInt8(ascii: "\\") {
                    here.offset += 1
                    here.column += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == 0x0A || byte == 0x0D {
                if lines || depth == 0 { break }
                here = afterTerminator(bytes, here)
                continue
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                if depth == 0, !lines { break }
                depth -= 1
                if depth == 0, !lines {
                    advance(&here, over: byte)
                    break
                }
            } else if byte == UInt8(ascii: ","), depth == 0, !lines {
                break
            }
            advance(&here, over: byte)
        }
        return (start.offset..<here.offset, start, here)
    }

    private func advance(_ position: inout FeedPosition, over byte: UInt8) {
        position.offset += 1
        if byte & 0xC0 != 0x80 { position.column += 1 }
    }

    private func afterTerminator(_ bytes: UnsafeRawBufferPointer, _ position: FeedPosition) -> FeedPosition {
        var offset = position.offset + 1
        if bytes[position.offset] == 0x0D, offset < bytes.count, bytes[offset] == 0x0A { offset += 1 }
        return FeedPosition(offset: offset, line: position.line + 1, column: 1)
    }
}
