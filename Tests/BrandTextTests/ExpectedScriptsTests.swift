import BrandText
import Testing

@Suite struct ExpectedScriptsTests {
    @Test(arguments: [
        ("ja", ScriptSet([.han, .hiragana, .katakana])), ("ja-JP", ScriptSet([.han, .hiragana, .katakana])),
        ("ko-KR", ScriptSet([.hangul, .han])), ("zh-Hans-CN", ScriptSet(.han)), ("zh_TW", ScriptSet(.han)),
        ("ar-SA", ScriptSet(.arabic)), ("fa", ScriptSet(.arabic)), ("he", ScriptSet(.hebrew)),
        ("hi-IN", ScriptSet(.devanagari)), ("mr", ScriptSet(.devanagari)), ("ne-NP", ScriptSet(.devanagari)),
        ("th", ScriptSet(.thai)), ("en-US", ScriptSet(.latin)), ("pt_BR", ScriptSet(.latin)),
        ("sr", ScriptSet(.cyrillic)), ("sr-Latn-RS", ScriptSet(.latin)), ("uz-Cyrl", ScriptSet(.cyrillic)),
    ])
    func knownTags(tag: String, expected: ScriptSet) {
        #expect(expectedScripts(forLanguageTag: tag) == expected)
    }

    @Test func scriptCodes() {
        #expect(expectedScripts(forScriptCode: "Jpan") == ScriptSet([.han, .hiragana, .katakana]))
        #expect(expectedScripts(forScriptCode: "Hant") == ScriptSet(.han))
        #expect(expectedScripts(forScriptCode: "Arab") == ScriptSet(.arabic))
        #expect(expectedScripts(forScriptCode: "Qxyz") == nil)
    }

    @Test func unknownLanguagesGiveNil() {
        #expect(expectedScripts(forLanguageTag: "tlh") == nil)
        #expect(expectedScripts(forLanguageTag: "") == nil)
    }

    @Test func aJapaneseHeadlineFitsItsLocale() throws {
        let expected = try #require(expectedScripts(forLanguageTag: "ja-JP"))
        let used = ScriptSummary(of: "東京でラーメンを食べる").scripts
        #expect(used.isSubset(of: expected))
        // Hangul in Japanese copy is out of place.
        #expect(ScriptSummary(of: "東京 한국").scripts.subtracting(expected) == ScriptSet(.hangul))
    }
}
