import BrandDiagnostics
import Testing

/// C006 through the check registry: any wording of a forbidden claim, found as a word in every
/// script, reported at the exact column with the guide's reason.
@Suite struct ForbiddenClaimTests {
    private func guide(_ claim: String, _ locale: String, _ copy: String) -> VoiceFixture {
        VoiceFixture(brand: """
            brandc: 1
            identity: {name: Kumo Tea Co.}
            voice: {forbidden-claims: [\(claim)]}
            locales:
              \(locale):
                copy:
                  headline: \(copy)
            """)
    }

    @Test func everyWordingIsTheClaimWithItsReason() throws {
        let fixture = guide("{claim: [cures, heals], reason: a health claim}", "en", "It 1️⃣CURES and 2️⃣heals")
        #expect(fixture.places(of: "C006") == [fixture.expected(1), fixture.expected(2)])
        let messages = fixture.lint().filter { $0.code.id == "C006" }.map(\.message).sorted()
        #expect(messages == [
            "en headline copy makes the forbidden claim 'cures' (as 'CURES'): a health claim",
            "en headline copy makes the forbidden claim 'heals': a health claim",
        ])
        let found = try #require(fixture.lint().first { $0.code.id == "C006" })
        #expect(found.severity == .error)
        #expect(found.fix == nil)
    }

    @Test func longerWordsAndOtherCopyStayQuiet() {
        #expect(guide("{claim: cures}", "en", "Nothing here procures anything").places(of: "C006").isEmpty)
        #expect(guide("{claim: clinically proven}", "en", "Clinically tested").places(of: "C006").isEmpty)
    }

    /// A naive `\b` regex finds no word in spaceless scripts; ICU's dictionary does.
    @Test func spacelessScripts() {
        let chinese = guide("{claim: 治愈}", "zh-Hans", "这款茶能1️⃣治愈癌症。")
        #expect(chinese.places(of: "C006") == [chinese.expected(1)])
        let japanese = guide("{claim: 効く}", "ja", "風邪によく1️⃣効くお茶")
        #expect(japanese.places(of: "C006") == [japanese.expected(1)])
    }

    @Test func hebrewWithVowelMarksAndDevanagariNukta() {
        let hebrew = guide("{claim: מרפא}", "he", "תה 1️⃣מְרַפֵּא")
        #expect(hebrew.places(of: "C006") == [hebrew.expected(1)])
        let hindi = guide("{claim: ज़रूर}", "hi", "यह चाय 1️⃣जरूर ठीक करती है")
        #expect(hindi.places(of: "C006") == [hindi.expected(1)])
    }

    @Test func productsAreRead() {
        let fixture = VoiceFixture(
            brand: "brandc: 1\nidentity: {name: Kumo}\nvoice: {forbidden-claims: [{claim: clinically proven}]}\n",
            product: "id: P1\ntitle: 1️⃣Clinically Proven Sencha\n")
        #expect(fixture.places(of: "C006") == [fixture.expected(1)])
    }

    @Test func aClaimWithoutWordingIsReported() {
        let fixture = guide("{reason: health}", "en", "It cures")
        #expect(fixture.places(of: "M003") == ["brand.yaml:3:28"])
    }
}
