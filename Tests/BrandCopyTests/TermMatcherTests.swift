import Foundation
import Testing
@testable import BrandCopy

/// Term matching in several scripts, including the cases a naive `\b` regex or a substring search gets wrong.
@Suite struct TermMatcherTests {
    private func offsets(_ term: String, in text: String, _ options: MatchOptions = MatchOptions(), locale: String = "") -> [Int] {
        TermMatcher(term, options: options).matches(in: text, locale: locale).map(\.scalarOffset)
    }

    @Test func englishMatchesWholeWordsOnlyInAnyCase() {
        #expect(offsets("detox", in: "A gentle DETOX tea") == [9])
        #expect(offsets("detox", in: "Detoxify your morning").isEmpty)
        #expect(offsets("sign up", in: "Sign up, then sign up again") == [0, 14])
    }

    @Test func caseFoldingIsFullFolding() {
        #expect(offsets("straße", in: "DIE STRASSE") == [4])
        #expect(offsets("detox", in: "A DETOX tea", MatchOptions(ignoresCase: false)).isEmpty)
    }

    @Test func compatibilityFoldingOnlyWhenAsked() {
        #expect(offsets("detox", in: "新しいｄｅｔｏｘティー").isEmpty)
        #expect(offsets("detox", in: "新しい ｄｅｔｏｘ ティー", MatchOptions(compatibility: true)) == [4])
    }

    /// A substring search finds `แก` (a rude "you") inside `แก้ว` (glass); word segmentation does not,
    /// and still finds it as a word of its own at the end.
    @Test func thaiIsSegmentedByDictionary() {
        let text = "แก้วชาแก"
        #expect(text.range(of: "แก") != nil)
        #expect(offsets("แก", in: text, locale: "th") == [6])
        // "detox" in a Thai sentence with no spaces: the matcher finds it at its own scalar.
        let sentence = "ชาเขียวนี้ช่วยดีท็อกซ์ร่างกาย"
        let start = Array(sentence.unicodeScalars).count - Array("ดีท็อกซ์ร่างกาย".unicodeScalars).count
        #expect(offsets("ดีท็อกซ์", in: sentence, locale: "th") == [start])
    }

    /// An ASCII `\b` (JavaScript, Vale's Go regexp) sees no word boundary between kana and kanji at all.
    @Test func japaneseAndChineseWordsInsideSentences() {
        #expect(offsets("美白", in: "このお茶は美白効果があります。", locale: "ja") == [5])
        #expect(offsets("お茶", in: "このお茶は美白効果があります。", locale: "ja") == [2])
        #expect(offsets("治愈", in: "这款茶能治愈癌症。", locale: "zh") == [4])
    }

    @Test func arabicWithAndWithoutHarakat() {
        let voweled = "شَايٌ أخضر"
        #expect(offsets("شاي", in: voweled, locale: "ar") == [0])
        #expect(TermMatcher("شاي").matches(in: voweled).first?.matchedText == "شَايٌ")
        #expect(offsets("شاي", in: voweled, MatchOptions(ignoresMarks: false), locale: "ar").isEmpty)
        #expect(offsets("شَاي", in: "شاي أخضر", locale: "ar") == [0])
        #expect(offsets("شاي", in: "شـــاي", locale: "ar") == [0])  // tatweel
    }

    @Test func hebrewWithAndWithoutNiqqud() {
        #expect(offsets("תה", in: "תֵּה ירוק", locale: "he") == [0])
        #expect(offsets("תה", in: "תהום", locale: "he").isEmpty)
    }

    @Test func devanagariWithAndWithoutNukta() {
        let precomposed = "यह \u{095B}रूर पिएँ"  // ज़ as one code point
        #expect(offsets("जरूर", in: precomposed, locale: "hi") == [3])
        #expect(offsets("ज\u{093C}रूर", in: "यह जरूर पिएँ", locale: "hi") == [3])
        #expect(offsets("जरूर", in: precomposed, MatchOptions(ignoresMarks: false), locale: "hi").isEmpty)
    }

    @Test func invisibleCharactersDoNotHideATerm() {
        let matches = TermMatcher("detox").matches(in: "Try de\u{200B}tox now")
        #expect(matches.map(\.scalarOffset) == [4])
        #expect(matches.first?.scalarLength == 6)
    }

    @Test func aMatchNeverStartsInsideAnExpandedScalar() {
        #expect(offsets("i", in: "\u{FB01}", MatchOptions(compatibility: true, wholeWords: false)).isEmpty)
        #expect(offsets("fi", in: "\u{FB01}", MatchOptions(compatibility: true)) == [0])
    }
}
