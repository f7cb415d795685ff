/// A point in a feed file: a UTF-8 byte offset, the physical line (1-based, counted at CR, LF and
/// CR LF only — never at U+2028, U+2029 or U+0085) and the column in code points (1-based).
struct FeedPosition: Sendable, Hashable {
    var offset: Int
    var line: Int
    var column: Int

    static let start = FeedPosition(offset: 0, line: 1, column: 1)
}

/// One record of a CSV or TSV file: where it starts, where each field starts and ends, and where
/// the next record starts.
struct ScannedRecord {
    var start: FeedPosition
    /// Offset just past the record's text, before its line terminator.
    var end: Int
    var fieldStarts: [FeedPosition]
    var fieldEnds: [Int]
    var next: FeedPosition
    /// A quoted field's closing `"` is followed by more text (`"Sofa "Deluxe" 72"`): RFC 4180 wants
    /// inner quotes doubled, and CSV.swift drops a character there, so the row cannot be trusted.
    var malformedQuoting = false
    /// Where a quoted field opened that no `"` closes: the record ran to the end of the file and
    /// would swallow every row after it.
    var unclosedQuote: FeedPosition?
}

/// Finds record and field boundaries in delimited text, keeping physical line and column counts.
///
/// CSV.swift splits a record into values but reports no positions, so this scanner walks the same
/// bytes by the same rules (RFC 4180 quoting: a field that starts with `"` runs to the next lone
/// `"`; `""` is a quote) and records where every field begins. With `quoting` off (plain TSV) a
/// `"` is an ordinary character.
struct DelimitedScanner {
    let delimiter: UInt8
    let quoting: Bool

    private static let quote = UInt8(ascii: "\"")
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

    /// The record at or after `position` (blank lines are skipped), or `nil` at the end of the file.
    func record(in bytes: UnsafeRawBufferPointer, at position: FeedPosition) -> ScannedRecord? {
        var here = position
        let count = bytes.count
        while here.offset < count, bytes[here.offset] == Self.lf || bytes[here.offset] == Self.cr {
            here = afterTerminator(bytes, here)
        }
        guard here.offset < count else { return nil }
        var record = ScannedRecord(start: here, end: count, fieldStarts: [here], fieldEnds: [], next: here)
        var inQuotes = false
        var opened = here
        var atFieldStart = true
        while here.offset < count {
            let byte = bytes[here.offset]
            if atFieldStart {
                atFieldStart = false
                if quoting, byte == Self.quote {
                    inQuotes = true
                    opened = here
                    here.offset += 1
                    here.column += 1
                    continue
                }
            }
            if inQuotes {
                if byte == Self.quote {
                    let doubled = here.offset + 1 < count && bytes[here.offset + 1] == Self.quote
                    here.offset += doubled ? 2 : 1
                    here.column += doubled ? 2 : 1
                    inQuotes = doubled
                    if !doubled, here.offset < count, ![delimiter, Self.lf, Self.cr].contains(bytes[here.offset]) {
                        record.malformedQuoting = true
                    }
                } else if byte == Self.lf || byte == Self.cr {
                    here = afterTerminator(bytes, here)
                } else {
                    advance(&here, over: byte)
                }
                continue
            }
            if byte == delimiter {
                record.fieldEnds.append(here.offset)
                here.offset += 1
                here.column += 1
                record.fieldStarts.append(here)
                atFieldStart = true
            } else if byte == Self.lf || byte == Self.cr {
                record.end = here.offset
                record.fieldEnds.append(here.offset)
                record.next = afterTerminator(bytes, here)
                return record
            } else {
                advance(&here, over: byte)
            }
        }
        record.end = count
        record.fieldEnds.append(count)
        record.next = here
        if inQuotes { record.unclosedQuote = opened }
        return record
    }

    /// The start of the physical line after the one `position` is on (the end of the file on the last).
    func lineAfter(_ position: FeedPosition, in bytes: UnsafeRawBufferPointer) -> FeedPosition {
        var offset = position.offset
        while offset < bytes.count, bytes[offset] != Self.lf, bytes[offset] != Self.cr { offset += 1 }
        guard offset < bytes.count else { return FeedPosition(offset: offset, line: position.line, column: position.column) }
        return afterTerminator(bytes, FeedPosition(offset: offset, line: position.line, column: 1))
    }

    private func advance(_ position: inout FeedPosition, over byte: UInt8) {
        position.offset += 1
        if byte & 0xC0 != 0x80 { position.column += 1 }
    }

    private func afterTerminator(_ bytes: UnsafeRawBufferPointer, _ position: FeedPosition) -> FeedPosition {
        var offset = position.offset + 1
        if bytes[position.offset] == Self.cr, offset < bytes.count, bytes[offset] == Self.lf { offset += 1 }
        return FeedPosition(offset: offset, line: position.line + 1, column: 1)
    }
}
