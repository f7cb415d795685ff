import Foundation

/// Finds a text block inside what the engine read: NFC on both sides, whitespace folded (dropped
/// for scripts written without spaces), compared by grapheme cluster. The best-matching stretch
/// of the reading (approximate substring match, Sellers' algorithm) is the block's reading; the
/// differing graphemes are marked `[…]` on both sides.
///
/// Interim: the ocr branch's `TextReadback` owns the per-script rules; this stage switches to it
/// when it lands.
struct TextMatch: Sendable, Hashable {
    /// Edits between the block and its best stretch of the reading.
    var edits: Int
    /// The block's own graphemes changed or dropped (edits less the graphemes only the reading has).
    var expectedEdits: Int
    var expectedMarked: String
    var readMarked: String
    /// Which words of the reading the stretch covers.
    var words: Range<Int>

    static let unspacedScripts: Set<String> = ["Jpan", "Hira", "Kana", "Hans", "Hant", "Hani", "Thai"]
    /// Scripts Debian's fast Tesseract models read with stray extra marks (wave2-facts §1: CER
    /// 0.9-8 %): there a grapheme only the reading has is engine noise, not a defect; every one of
    /// the block's own graphemes must still be read as written. Latin, Devanagari and Hangul are strict.
    static let tolerantScripts: Set<String> = ["Jpan", "Hira", "Kana", "Hans", "Hant", "Hani", "Thai", "Arab", "Hebr"]

    /// Latin letters whose capital is the small letter drawn larger: OCR cannot tell their case
    /// apart (it read "Shizuoka" as "ShizuoKa" in DejaVu Sans Bold), so case alone is not a difference.
    static let shapeAlikeLetters: Set<String> = ["c", "k", "o", "p", "s", "u", "v", "w", "x", "z"]

    static func same(_ expected: String, _ read: String) -> Bool {
        if expected == read { return true }
        let lower = expected.lowercased()
        return lower == read.lowercased() && shapeAlikeLetters.contains(lower)
    }

    /// Graphemes of `text` after NFC, whitespace and bidi marks folded.
    static func graphemes(_ text: String, script: String) -> [String] {
        let folded = text.precomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !["\u{200E}", "\u{200F}", "\u{061C}"].contains($0) }
        let string = String(String.UnicodeScalarView(folded))
        let pieces = string.split(whereSeparator: \.isWhitespace)
        let joined = unspacedScripts.contains(script) ? pieces.joined() : pieces.joined(separator: " ")
        return joined.map(String.init)
    }

    /// The best stretch of `words` for `expected`, or `nil` when nothing was read.
    static func find(_ expected: String, in words: [String], script: String) -> TextMatch? {
        let target = graphemes(expected, script: script)
        var read: [String] = []
        var wordOf: [Int] = []
        for (index, word) in words.enumerated() {
            if !read.isEmpty, !unspacedScripts.contains(script) {
                read.append(" ")
                wordOf.append(index)
            }
            for grapheme in graphemes(word, script: script) {
                read.append(grapheme)
                wordOf.append(index)
            }
        }
        guard !target.isEmpty, !read.isEmpty else { return nil }
        // cost[i][j]: edits turning target[..<i] into a stretch of read ending at j (free start).
        let (m, n) = (target.count, read.count)
        var cost = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: m + 1)
        for i in 1...m { cost[i][0] = i }
        for i in 1...m {
            for j in 1...n {
                let substitute = cost[i - 1][j - 1] + (same(target[i - 1], read[j - 1]) ? 0 : 1)
                cost[i][j] = min(substitute, cost[i - 1][j] + 1, cost[i][j - 1] + 1)
            }
        }
        var end = 0
        for j in 0...n where cost[m][j] < cost[m][end] { end = j }
        // Walk back, marking what differs.
        var (i, j) = (m, end)
        var expectedSide: [(String, Bool)] = []
        var readSide: [(String, Bool)] = []
        while i > 0 {
            if j > 0, cost[i][j] == cost[i - 1][j - 1] + (same(target[i - 1], read[j - 1]) ? 0 : 1) {
                let equal = same(target[i - 1], read[j - 1])
                expectedSide.append((target[i - 1], !equal))
                readSide.append((read[j - 1], !equal))
                (i, j) = (i - 1, j - 1)
            } else if cost[i][j] == cost[i - 1][j] + 1 {
                expectedSide.append((target[i - 1], true))
                i -= 1
            } else {
                readSide.append((read[j - 1], true))
                j -= 1
            }
        }
        let start = j
        let covered = start < end ? wordOf[start]..<(wordOf[end - 1] + 1) : 0..<0
        return TextMatch(edits: cost[m][end], expectedEdits: expectedSide.filter(\.1).count, expectedMarked: marked(expectedSide.reversed()),
                         readMarked: marked(readSide.reversed()), words: covered)
    }

    /// Graphemes with each run of differing ones in brackets.
    static func marked(_ graphemes: [(String, Bool)]) -> String {
        var text = ""
        var open = false
        for (grapheme, differs) in graphemes {
            if differs != open {
                text += differs ? "[" : "]"
                open = differs
            }
            text += grapheme
        }
        return open ? text + "]" : text
    }
}
