import BrandTestSupport

/// A generated CSV or TSV written by RFC 4180's rules from known rows: ragged rows, quotes,
/// doubled quotes, embedded CR / LF / CR LF, multi-byte text, a BOM, blank lines, every line ending.
struct TrickyFeed {
    var rows: [[String]] = []
    var bytes: [UInt8] = []

    static let pieces = ["", "a", "Sofa", "héllo", "日本語", "😀", ",", "\t", "\"", "\"\"", " ", "\n", "\r\n", "\r", "x\u{2028}y", "\u{FEFF}"]

    init(random: inout SplitMix64, delimiter: UInt8) {
        if Bool.random(using: &random) { bytes = [0xEF, 0xBB, 0xBF] }
        let terminators = ["\n", "\r\n", "\r"]
        let ending = terminators.randomElement(using: &random) ?? "\n"
        for index in 0..<Int.random(in: 1...30, using: &random) {
            let count = Int.random(in: 1...6, using: &random)
            let row = (0..<count).map { _ in
                (0..<Int.random(in: 0...3, using: &random)).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
            }
            rows.append(row)
            let line = row.map { Self.write($0, delimiter: delimiter, random: &random) }
                .joined(separator: String(UnicodeScalar(delimiter)))
            if index > 0 {
                // Mixed line endings in one file, and sometimes a blank line between rows.
                bytes += Array((Int.random(in: 0..<5, using: &random) == 0 ? terminators.randomElement(using: &random) ?? ending : ending).utf8)
                if Int.random(in: 0..<8, using: &random) == 0 { bytes += Array(ending.utf8) }
            }
            bytes += Array(line.utf8)
        }
        if Bool.random(using: &random) { bytes += Array(ending.utf8) }
    }

    /// A field quoted when it must be (a delimiter, quote or line break in it), and sometimes when not.
    static func write(_ value: String, delimiter: UInt8, random: inout SplitMix64) -> String {
        let special: Set<UInt8> = [delimiter, UInt8(ascii: "\""), 0x0A, 0x0D]
        let mustQuote = value.utf8.contains { special.contains($0) }
        // An unquoted empty field alone on its line would be a blank line, which readers skip.
        guard mustQuote || Int.random(in: 0..<3, using: &random) == 0 else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
