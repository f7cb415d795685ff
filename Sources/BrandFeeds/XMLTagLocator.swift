import Foundation

/// Finds where the XML reader's elements were written, for located diagnostics.
///
/// libxml2's reader knows a node's line but not its column or byte offset, and its parser runs
/// ahead of the node it reports. Elements come in document order, so each start tag is found by
/// searching the bytes forward from the previous one for `<NAME` followed by a delimiter; the
/// cursor only moves forward, which keeps the whole walk linear in the file size. Lines and columns
/// are counted the way the other feed readers count them: lines end at LF, CR LF or CR, columns are
/// code points.
struct XMLTagLocator {
    let data: Data
    private(set) var cursor = FeedPosition.start

    init(data: Data) { self.data = data }

    /// The position of the next start tag `<qualifiedName` at or after the cursor, and the position
    /// just past that tag's `>` (where its text starts). `nil` when it is not found (the cursor stays).
    mutating func nextStartTag(_ qualifiedName: String) -> (tag: FeedPosition, content: FeedPosition)? {
        let name = Array(qualifiedName.utf8)
        let found: (tag: Int, content: Int)? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = cursor.offset
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                let end = index + 1 + name.count
                if end < bytes.count, bytes[(index + 1)..<end].elementsEqual(name), Self.endsName(bytes[end]) {
                    var close = end
                    while close < bytes.count, bytes[close] != UInt8(ascii: ">") { close += 1 }
                    return (index, min(close + 1, bytes.count))
                }
                index += 1
            }
            return nil
        }
        guard let found else { return nil }
        let tag = advance(to: found.tag)
        var ahead = self
        let content = ahead.advance(to: found.content)
        // The next search starts past this `<`, so the same tag is not found twice.
        _ = advance(to: found.tag + 1)
        return (tag, content)
    }

    /// The position of byte `offset`, counted from the cursor (which must not be past it).
    mutating func advance(to offset: Int) -> FeedPosition {
        guard offset > cursor.offset else { return cursor }
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var position = cursor
            var index = position.offset
            let end = min(offset, bytes.count)
            while index < end {
                if Self.endsLine(bytes, at: index) {
                    position.line += 1
                    position.column = 1
                } else if bytes[index] != 0x0D, bytes[index] & 0xC0 != 0x80 {
                    position.column += 1
                }
                index += 1
            }
            position.offset = end
            cursor = position
        }
        return cursor
    }

    /// The position libxml2 means by `line` and byte `column` (both 1-based; a column of 0 means
    /// the line's start), found forward from the cursor. Used once, for a parse error.
    mutating func position(line: Int, byteColumn: Int) -> FeedPosition {
        // On the cursor's own line the line's start is behind the cursor: the cursor is the best known place.
        guard line > cursor.line else { return cursor }
        let start: Int? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var current = cursor.line
            var index = cursor.offset
            while current < line, index < bytes.count {
                if Self.endsLine(bytes, at: index) { current += 1 }
                index += 1
            }
            return current == line ? index : nil
        }
        guard let start else { return cursor }
        _ = advance(to: start)
        return advance(to: min(data.count, start + max(0, byteColumn - 1)))
    }

    /// Whether the byte at `index` ends a line: LF, or a CR not followed by LF (the CR of CR LF
    /// does not; its LF does).
    private static func endsLine(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A))
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x20 || byte == 0x09 || byte == 0x0A
            || byte == 0x0D
    }
}
