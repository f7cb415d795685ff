import BrandDiagnostics
import Testing

/// C002 through the check registry: other spellings of a trademark, found as words in every script,
/// reported at the exact column with the required spelling as the fix's replacement.
@Suite struct TrademarkSpellingTests {
    private func guide(_ mark: String, _ locale: String, _ copy: String) -> VoiceFixture {
        VoiceFixture(brand: """
            brandc: 1
            identity: {name: Kumo Tea Co.}
            voice: {trademarks: ["\(mark)"]}
            locales:
              \(locale):
                copy:
                  cta: \(copy)
            """)
    }

    @Test func wrongCaseAndMissingSignCarryTheReplacement() throws {
        let fixture = guide("Kumo Cold Brew™", "en", "Meet 1️⃣kumo cold brew this summer")
        #expect(fixture.places(of: "C002") == [fixture.expected(1)])
        let found = try #require(fixture.lint().first { $0.code.id == "C002" })
        #expect(found.message == "en cta copy: write the trademark as 'Kumo Cold Brew™', not 'kumo cold brew'")
        let replacement = try #require(found.fix?.replacement)
        #expect(replacement.text == "Kumo Cold Brew™")
        let range = try #require(replacement.location.range)
        #expect(range.end.offset - range.start.offset == "kumo cold brew".utf8.count)
    }

    @Test func theRightSpellingAndLongerWordsStayQuiet() {
        #expect(guide("Kumo Cold Brew™", "en", "Try Kumo Cold Brew™ today").places(of: "C002").isEmpty)
        #expect(guide("Kumo™", "en", "Kumonoso tea").places(of: "C002").isEmpty)
    }

    /// A wrong sign is part of what is replaced: `Kumo®` becomes `Kumo™`, not `Kumo™®`.
    @Test func aWrongSignIsReplacedWithTheName() throws {
        let fixture = guide("Kumo™", "en", "Try 1️⃣Kumo® tea")
        let found = try #require(fixture.lint().first { $0.code.id == "C002" })
        #expect(fixture.places(of: "C002") == [fixture.expected(1)])
        #expect(found.message.hasSuffix("not 'Kumo®'"))
    }

    @Test func japaneseWithoutSpaces() {
        let fixture = guide("くもコールド™", "ja", "新しい1️⃣くもコールドをどうぞ")
        #expect(fixture.places(of: "C002") == [fixture.expected(1)])
    }

    @Test func accentsAndWidthAreSpelling() {
        let accent = guide("Kümo™", "de", "Der 1️⃣Kumo Tee")
        #expect(accent.places(of: "C002") == [accent.expected(1)])
        let width = guide("Kumo™", "ja", "1️⃣Ｋｕｍｏ™ の緑茶")
        #expect(width.places(of: "C002") == [width.expected(1)])
    }
}
