import BrandDiagnostics
import Testing

/// C001 through the whole check registry, one script at a time: each banned term must be reported at
/// the exact column of the match, including where a naive `\b` regex or substring search is wrong.
@Suite struct BannedTermScriptTests {
    private func guide(banning term: String, _ locale: String, _ copy: String) -> VoiceFixture {
        VoiceFixture(brand: """
            brandc: 1
            identity: {name: Kumo Tea Co.}
            voice:
              banned-terms: [\(term)]
            locales:
              \(locale):
                copy:
                  headline: \(copy)
            """)
    }

    @Test func englishWholeWordsInAnyCase() {
        let fixture = guide(banning: "detox", "en", "Try our 1️⃣Detox blend, then 2️⃣DETOX again")
        #expect(fixture.places(of: "C001") == [fixture.expected(1), fixture.expected(2)])
        #expect(guide(banning: "detox", "en", "Detoxify your morning").places(of: "C001").isEmpty)
    }

    @Test func theMatchIsTheRangeAndTheMessageSaysHowItWasWritten() throws {
        let fixture = guide(banning: "detox", "en", "\"A gentle 1️⃣ＤＥＴＯＸ tea\"")
        #expect(fixture.places(of: "C001") == [fixture.expected(1)])  // inside the quotes
        let found = try #require(fixture.lint().first { $0.code.id == "C001" })
        let range = try #require(found.location?.range)
        #expect(range.end.column - range.start.column == 5)
        #expect(range.end.offset - range.start.offset == 15)  // five full-width letters, three bytes each
        #expect(found.message == "en headline copy uses the banned term 'detox' (as 'ＤＥＴＯＸ')")
    }

    /// Thai has no spaces between words: ICU's dictionary finds the word; a substring search would
    /// also flag `แก` inside `แก้ว` (glass), which the word rule must not.
    @Test func thaiBySegmentation() {
        let fixture = guide(banning: "ดีท็อกซ์", "th", "ชาเขียวนี้ช่วย1️⃣ดีท็อกซ์ร่างกาย")
        #expect(fixture.places(of: "C001") == [fixture.expected(1)])
        #expect(guide(banning: "แก", "th", "แก้วชาเย็น").places(of: "C001").isEmpty)
    }

    @Test func japaneseAndChineseInsideSentences() {
        let japanese = guide(banning: "美白", "ja", "このお茶は1️⃣美白効果があります。")
        #expect(japanese.places(of: "C001") == [japanese.expected(1)])
        let chinese = guide(banning: "治愈", "zh-Hans", "这款茶能1️⃣治愈癌症。")
        #expect(chinese.places(of: "C001") == [chinese.expected(1)])
    }

    @Test func arabicAndHebrewWithAndWithoutVowelMarks() {
        let voweled = guide(banning: "شاي", "ar", "1️⃣شَايٌ أخضر")
        #expect(voweled.places(of: "C001") == [voweled.expected(1)])
        let bare = guide(banning: "شَاي", "ar", "أخضر 1️⃣شاي")
        #expect(bare.places(of: "C001") == [bare.expected(1)])
        let hebrew = guide(banning: "תה", "he", "1️⃣תֵּה ירוק, לא תהום")
        #expect(hebrew.places(of: "C001") == [hebrew.expected(1)])
    }

    @Test func devanagariWithAndWithoutNukta() {
        let fixture = guide(banning: "जरूर", "hi", "यह 1️⃣\u{095B}रूर पिएँ")
        #expect(fixture.places(of: "C001") == [fixture.expected(1)])
    }

    @Test func germanSharpSByFullCaseFolding() {
        let fixture = guide(banning: "straße", "de", "TEE FÜR DIE 1️⃣STRASSE")
        #expect(fixture.places(of: "C001") == [fixture.expected(1)])
    }

    @Test func productFieldsAndTemplateTextAreCopyToo() {
        let fixture = VoiceFixture(
            brand: "brandc: 1\nidentity: {name: Kumo, tagline: Your 1️⃣miracle tea}\nvoice: {banned-terms: [miracle, 美白]}\n",
            product: "id: P1\ntitle: 2️⃣Miracle Sencha\ndescription: 毎日の3️⃣美白に\n",
            template: "---\nname: hero\n---\n{{#miracle}}A calm photo of {{product.title}}, a 4️⃣miracle in a cup{{/miracle}}\n")
        #expect(fixture.places(of: "C001") == (1...4).map(fixture.expected).sorted())
    }
}
