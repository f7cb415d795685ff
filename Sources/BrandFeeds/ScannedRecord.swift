/// One record of a CSV or TSV file: where it starts, its fields, and where the next record starts.
struct ScannedRecord {
    var start: FeedPosition
    /// Offset just past the record's text, before its line terminator.
    var end: Int
    var fields: [ScannedField]
    var next: FeedPosition
    /// A quoted field's closing `"` is followed by more text (`"Sofa "Deluxe" 72"`): RFC 4180 wants
    /// inner quotes doubled, and whatever was meant there cannot be known, so the row is not trusted.
    var malformedQuoting = false
    /// Where a quoted field opened that no `"` closes: the record ran to the end of the file and
    /// would swallow every row after it.
    var unclosedQuote: FeedPosition?

    /// Where field `index` starts, or the record's start for a field past its last.
    func start(ofField index: Int) -> FeedPosition {
        index < fields.count ? fields[index].start : start
    }

    /// Every field's value, in order (see `ScannedField.value(in:quoting:)`).
    func values(in bytes: UnsafeRawBufferPointer, quoting: Bool) -> [String] {
        fields.map { $0.value(in: bytes, quoting: quoting) }
    }
}

/// One field of a scanned record: its place in the file and the bytes of its value.
struct ScannedField {
    /// Where the field's text starts: its opening `"` when it is quoted.
    var start: FeedPosition
    /// Offset just past the field's text (a closing `"` included): at its delimiter or line end.
    var end: Int
    /// The value's bytes are `valueStart..<valueEnd`: inside the quotes of a quoted field, the
    /// whole text of an unquoted one.
    var valueStart: Int
    var valueEnd: Int
    /// The value holds `""` pairs, each standing for one `"`.
    var hasDoubledQuotes: Bool

    /// The field's text with RFC 4180 quoting undone: the outer quotes dropped, each `""` one `"`,
    /// line breaks inside quotes kept as written. With `quoting` off (plain TSV) a field quoted whole
    /// the way Excel writes one is unwrapped, and any other `"` is text.
    func value(in bytes: UnsafeRawBufferPointer, quoting: Bool) -> String {
        let raw = UnsafeRawBufferPointer(rebasing: bytes[valueStart..<valueEnd])
        guard quoting else { return ExcelQuoting.unwrap(String(decoding: raw, as: UTF8.self)) }
        guard hasDoubledQuotes else { return String(decoding: raw, as: UTF8.self) }
        // Inside the quotes every `"` is the first of a pair (a lone one would have closed the field).
        return String(unsafeUninitializedCapacity: raw.count) { buffer in
            var written = 0
            var index = 0
            while index < raw.count {
                let byte = raw[index]
                buffer[written] = byte
                written += 1
                index += byte == UInt8(ascii: "\"") ? 2 : 1
            }
            return written
        }
    }
}
