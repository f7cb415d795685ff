import BrandDiagnostics
import Testing

/// C005 through the check registry: a `not` word of a substitution, found as a word in every script,
/// reported at the exact column with the `use` word as the fix's replacement.
@Suite struct SubstitutionTests {
    private func guide(_ substitution: String, _ locale: String, _ copy: String) -> VoiceFixture {
        VoiceFixture(brand: """
            brandc: 1
            identity: {name: Kumo Tea Co.}
            voice: {substitutions: [\(substitution)]}
            locales:
              \(locale):
                copy:
                  cta: \(copy)
            """)
    }

    @Test func theReplacedWordCarriesTheUseWord() throws {
        let fixture = guide("{use: e-mail, not: [email, eMail]}", "en", "Send an 1️⃣Email or an 2️⃣EMAIL today")
        #expect(fixture.places(of: "C005") == [fixture.expected(1), fixture.expected(2)])
        let found = fixture.lint().filter { $0.code.id == "C005" }
        #expect(found.map(\.message).sorted() == [
            "en cta copy: write 'e-mail', not 'EMAIL'", "en cta copy: write 'e-mail', not 'Email'",
        ])
        let replacement = try #require(found.first?.fix?.replacement)
        #expect(replacement.text == "e-mail")
        let range = try #require(replacement.location.range)
        #expect(range.end.offset - range.start.offset == "Email".utf8.count)
    }

    @Test func theUseWordAndLongerWordsStayQuiet() {
        #expect(guide("{use: e-mail, not: [email]}", "en", "Write an e-mail, emailing is slow").places(of: "C005").isEmpty)
        #expect(guide("{use: Email, not: [email]}", "en", "Email us").places(of: "C005").isEmpty)
    }

    @Test func localesLimitWhereItApplies() {
        let british = guide("{use: colour, not: [color], locales: [en-GB]}", "en-GB", "A warm 1️⃣color")
        #expect(british.places(of: "C005") == [british.expected(1)])
        #expect(guide("{use: colour, not: [color], locales: [en-GB]}", "en-US", "A warm color").places(of: "C005").isEmpty)
        let subtag = guide("{use: お茶, not: [ティー], locales: [ja]}", "ja-JP", "冷たい1️⃣ティーをどうぞ")
        #expect(subtag.places(of: "C005") == [subtag.expected(1)])
    }

    /// A naive `\b` regex finds no word in spaceless scripts; ICU's dictionary does.
    @Test func spacelessScripts() {
        let japanese = guide("{use: お茶, not: [ティー]}", "ja", "冷たい1️⃣ティーをどうぞ")
        #expect(japanese.places(of: "C005") == [japanese.expected(1)])
        let chinese = guide("{use: 舒缓, not: [治愈]}", "zh-Hans", "这款茶能1️⃣治愈癌症。")
        #expect(chinese.places(of: "C005") == [chinese.expected(1)])
    }

    @Test func marksAndWidthAreFolded() {
        let arabic = guide("{use: شاي, not: [تشاي]}", "ar", "1️⃣تَشَاي أخضر")
        #expect(arabic.places(of: "C005") == [arabic.expected(1)])
        let width = guide("{use: e-mail, not: [email]}", "ja", "1️⃣ｅｍａｉｌ でどうぞ")
        #expect(width.places(of: "C005") == [width.expected(1)])
    }

    @Test func productsAndTemplatesAreRead() {
        let fixture = VoiceFixture(
            brand: "brandc: 1\nidentity: {name: Kumo}\nvoice: {substitutions: [{use: e-mail, not: email}]}\n",
            product: "id: P1\ntitle: Tea by 1️⃣EMAIL\n",
            template: "---\nname: hero\n---\nAn 2️⃣email for {{product.title}}\n")
        #expect(fixture.places(of: "C005") == [fixture.expected(1), fixture.expected(2)])
    }

    @Test func aSubstitutionWithoutNotIsReported() {
        let fixture = guide("{use: e-mail}", "en", "Email us")
        #expect(fixture.places(of: "M003") == ["brand.yaml:3:25"])
        #expect(fixture.places(of: "C005").isEmpty)
    }
}
