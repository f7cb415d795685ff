/// A point in a feed file: a UTF-8 byte offset, the physical line (1-based, counted at CR, LF and
/// CR LF only — never at U+2028, U+2029 or U+0085) and the column in code points (1-based).
struct FeedPosition: Sendable, Hashable {
    var offset: Int
    var line: Int
    var column: Int

    static let start = FeedPosition(offset: 0, line: 1, column: 1)
}

/// brandc's one CSV and TSV parser: splits delimited text into records and fields, undoes RFC 4180
/// quoting, and keeps where every field starts (byte offset, physical line, code-point column) for
/// located diagnostics.
///
/// Quoting follows RFC 4180: a field that starts with `"` runs to the next lone `"`, `""` inside it
/// is one `"`, and delimiters and line breaks (CR, LF, CR LF) inside it are text. Records end at
/// CR, LF or CR LF; blank lines are skipped; rows may have any number of fields. With `quoting` off
/// (plain TSV) a `"` is an ordinary character. It reads the bytes in place, one record at a time, so
/// a memory-mapped feed of any size is never copied whole.
///
/// CSV.swift, which this parser replaced, stays in the tests as the oracle its values are compared with.
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
        var record = ScannedRecord(start: here, end: count, fields: [], next: here)
        var field = ScannedField(start: here, end: count, valueStart: here.offset, valueEnd: count, hasDoubledQuotes: false)
        var closingQuote: Int?
        var inQuotes = false
        var atFieldStart = true
        while here.offset < count {
            let byte = bytes[here.offset]
            if atFieldStart {
                atFieldStart = false
                if quoting, byte == Self.quote {
                    inQuotes = true
                    field.valueStart = here.offset + 1
                    here.offset += 1
                    here.column += 1
                    continue
                }
            }
            if inQuotes {
                if byte == Self.quote {
                    let doubled = here.offset + 1 < count && bytes[here.offset + 1] == Self.quote
                    if doubled { field.hasDoubledQuotes = true } else { closingQuote = here.offset }
                    here.offset += doubled ? 2 : 1
                    here.column += doubled ? 2 : 1
                    inQuotes = doubled
                    if !doubled, here.offset < count {
                        let after = bytes[here.offset]
                        if after != delimiter, after != Self.lf, after != Self.cr { record.malformedQuoting = true }
                    }
                } else if byte == Self.lf || byte == Self.cr {
                    here = afterTerminator(bytes, here)
                } else {
                    advance(&here, over: byte)
                }
                continue
            }
            if byte == delimiter {
                finish(&field, at: here.offset, closingQuote: &closingQuote, into: &record)
                here.offset += 1
                here.column += 1
                field = ScannedField(start: here, end: count, valueStart: here.offset, valueEnd: count, hasDoubledQuotes: false)
                atFieldStart = true
            } else if byte == Self.lf || byte == Self.cr {
                record.end = here.offset
                finish(&field, at: here.offset, closingQuote: &closingQuote, into: &record)
                record.next = afterTerminator(bytes, here)
                return record
            } else {
                advance(&here, over: byte)
            }
        }
        record.end = count
        finish(&field, at: count, closingQuote: &closingQuote, into: &record)
        record.next = here
        if inQuotes { record.unclosedQuote = record.fields.last?.start }
        return record
    }

    /// The start of the physical line after the one `position` is on (the end of the file on the last).
    func lineAfter(_ position: FeedPosition, in bytes: UnsafeRawBufferPointer) -> FeedPosition {
        var offset = position.offset
        while offset < bytes.count, bytes[offset] != Self.lf, bytes[offset] != Self.cr { offset += 1 }
        guard offset < bytes.count else { return FeedPosition(offset: offset, line: position.line, column: position.column) }
        return afterTerminator(bytes, FeedPosition(offset: offset, line: position.line, column: 1))
    }

    /// Ends `field` at `offset`: its value stops at its closing quote, if it had one, else there.
    private func finish(_ field: inout ScannedField, at offset: Int, closingQuote: inout Int?, into record: inout ScannedRecord) {
        field.end = offset
        field.valueEnd = closingQuote ?? offset
        closingQuote = nil
        record.fields.append(field)
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
