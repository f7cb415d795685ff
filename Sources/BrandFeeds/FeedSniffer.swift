import BrandModel
/// Decides a feed's format from its first bytes and its file name, and refuses what is not a feed.
enum FeedSniffer {
    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Why the bytes are not a text feed, or `nil` when they may be one.
    static func refusal(_ head: some Collection<UInt8>) -> String? {
        let bytes = Array(head.prefix(4096))
        if bytes.isEmpty { return "the feed file is empty" }
        let magic: [(prefix: [UInt8], what: String)] = [
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (an Apple Numbers or Excel .xlsx export?)"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an old Excel (.xls) workbook"),
            ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
            ([0x1F, 0x8B], "a gzip archive"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            ([0xFF, 0xFE], "UTF-16 text"),
            ([0xFE, 0xFF], "UTF-16 text"),
        ]
        for (prefix, what) in magic where bytes.starts(with: prefix) {
            return "the file is \(what), not a text feed"
        }
        if bytes.contains(0) { return "the file holds NUL bytes: it is binary, not a text feed" }
        if !isUTF8(bytes, truncated: head.count > bytes.count) {
            return "the file is not UTF-8 text (Windows-1252 or Latin-1?); export the feed as UTF-8"
        }
        return nil
    }

    /// Whether `bytes` are valid UTF-8; when they are a prefix cut from a longer file, a sequence cut
    /// at the end is allowed.
    static func isUTF8(_ bytes: [UInt8], truncated: Bool) -> Bool {
        var checked = bytes[...]
        if truncated, let lead = checked.lastIndex(where: { $0 & 0xC0 != 0x80 }), checked[lead] >= 0xC0 {
            checked = checked[..<lead]
        }
        return String(validating: checked, as: UTF8.self) != nil
    }

    /// The format of a feed at `path` whose first bytes are `head`; `declared` wins when given.
    static func format(path: String, head: some Collection<UInt8>, declared: FeedFormat?) -> FeedFormat {
        if let declared { return declared }
        let lowered = path.lowercased()
        if lowered.hasSuffix(".tsv") || lowered.hasSuffix(".tab") { return .tsv }
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonLines }
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { return .yaml }
        if lowered.hasSuffix(".xml") || lowered.hasSuffix(".rss") || lowered.hasSuffix(".atom") { return .xml }
        var bytes = Array(head.prefix(4096))
        if bytes.starts(with: utf8BOM) { bytes.removeFirst(3) }
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        // `<?xml`, `<rss`, `<feed`, and `<!DOCTYPE html>` too: XML is read as XML (and an HTML page
        // refused as one), never as a one-column CSV.
        if first == UInt8(ascii: "<") { return .xml }
        if first == UInt8(ascii: "[") { return .jsonArray }
        if first == UInt8(ascii: "{") { return .jsonLines }
        if lowered.hasSuffix(".json") { return .jsonArray }
        if bytes.starts(with: Array("---".utf8)) || bytes.starts(with: Array("%YAML".utf8)) { return .yaml }
        let header = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        let tabs = header.count { $0 == 0x09 }
        let commas = header.count { $0 == UInt8(ascii: ",") }
        return tabs > commas ? .tsv : .csv
    }
}
