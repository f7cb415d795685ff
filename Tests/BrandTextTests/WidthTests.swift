import BrandText
import Testing

@Suite struct WidthTests {
    @Test(arguments: [
        ("Acme", 4), ("東京", 4), ("ラーメン", 8), ("ｱｲｳ", 3), ("한국어", 6), ("限时优惠", 8), ("Ａ", 2),
        ("\u{1112}\u{1161}\u{11AB}", 2),  // 한 as conjoining jamo: the vowel and final take no column
        ("e\u{301}", 1), ("👨‍👩‍👧", 2), ("🇯🇵", 2), ("❤️", 2), ("1️⃣", 2), ("👍🏽", 2),
        ("❤", 1),  // U+2764 without U+FE0F is text presentation
        ("नमस्ते", 4),  // न म स त: the virama and the vowel sign े take no column
        ("بِسْمِ", 3), ("ที่", 1), ("ลดราคาพิเศษ", 10), ("Ac\u{200B}me", 4), ("\u{7}", 0),
    ])
    func displayWidthOfText(text: String, columns: Int) {
        #expect(displayWidth(of: text) == columns)
    }

    @Test func ambiguousWidthIsAParameter() {
        #expect(displayWidth(of: "±5°") == 3)
        #expect(displayWidth(of: "±5°", ambiguousWidth: .wide) == 5)
        #expect(eastAsianWidth(of: "°") == .ambiguous && eastAsianWidth(of: "中") == .wide)
    }

    @Test func lengthsOfAnEmojiHeadline() {
        let length = TextLength(of: "👨‍👩‍👧 Acme")
        #expect(length == TextLength(characters: 6, scalars: 10, utf8: 23, utf16: 13, columns: 7))
    }

    @Test func graphemeClustersOfIndicConjuncts() {
        // क्ष, त्रि, य: Unicode 15.1 conjunct clusters (GB9c).
        #expect(TextLength(of: "क्षत्रिय").characters == 3)
    }
}

@Suite struct NormalizationTests {
    @Test func composedTextIsNFC() {
        #expect(isNFC("Café"))
        #expect(isNFC("Acme 2024"))
        #expect(isNFC("한국어"))
    }

    @Test func decomposedTextIsNotNFC() {
        #expect(!isNFC("Cafe\u{301}"))
        #expect(!isNFC("\u{1112}\u{1161}\u{11AB}"))
        #expect(Array(nfc("Cafe\u{301}").unicodeScalars) == Array("Caf\u{E9}".unicodeScalars))
        #expect(Array(nfc("\u{1112}\u{1161}\u{11AB}").unicodeScalars) == ["\u{D55C}"])
    }
}

/// The string width, computed over scalars, against the sum of grapheme-cluster widths.
@Suite struct WidthConsistencyTests {
    func clusterSum(_ text: String) -> Int {
        text.reduce(0) { $0 + displayWidth(of: $1) }
    }

    @Test(arguments: [
        "👨‍👩‍👧 Acme", "🇯🇵🇮🇳", "🇯", "1️⃣ #️⃣", "❤️‍🔥 ❤ ©", "👍🏽👍", "5\u{200D}0", "a\u{200D}b", "😀\u{FE0E}",
        "東京でラーメン ±5°", "नमस्ते", "\u{1112}\u{1161}\u{11AB}", "🏴󠁧󠁢󠁥󠁮󠁧󠁿 flag", "\u{1FAE9} new",
    ])
    func scalarWidthMatchesClusterWidth(text: String) {
        #expect(displayWidth(of: text) == clusterSum(text))
    }

    /// Every fully-qualified emoji in emoji-test.txt is one cluster of two columns, both ways.
    @Test("Every fully-qualified emoji is two columns (needs the UCD's emoji-test.txt)", .enabled(if: UCDFiles.isAvailable))
    func everyFullyQualifiedEmojiIsTwoColumns() throws {
        var failures: [String] = []
        var checked = 0
        for line in try UCDFiles.text("emoji/emoji-test.txt").split(separator: "\n")
        where line.contains("; fully-qualified") && !line.hasPrefix("#") {
            let hex = line.split(separator: ";")[0].split(separator: " ")
            let emoji = String(String.UnicodeScalarView(hex.compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }))
            checked += 1
            if displayWidth(of: emoji) != 2 || clusterSum(emoji) != 2 || emoji.count != 1 {
                failures.append(String(line.prefix(40)))
            }
        }
        #expect(checked > 3000)
        #expect(failures.isEmpty, "\(failures.count) emoji, e.g. \(failures.prefix(5))")
    }
}
