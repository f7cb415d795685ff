import Testing
import BrandModel

@Suite struct LanguageTagTests {
    @Test(arguments: [
        ("ja", "ja"), ("zh-hans", "zh-Hans"), ("ZH-HANT-tw", "zh-Hant-TW"), ("pt-BR", "pt-BR"), ("es-419", "es-419"),
        ("sr-Latn-RS", "sr-Latn-RS"), ("de-CH-1996", "de-CH-1996"), ("en-US-u-ca-gregory", "en-US-u-ca-gregory"),
        ("x-acme", nil), ("en-x-acme", "en-x-acme"),
    ] as [(String, String?)])
    func wellFormedTagsCanonicalise(tag: String, canonical: String?) {
        #expect(LanguageTag(tag)?.canonical == canonical)
    }

    @Test(arguments: ["ja_JP", "", "e", "englishes", "zh-", "en--US", "en-US-", "123", "en-a"])
    func malformedTagsAreRejected(tag: String) {
        #expect(LanguageTag(tag) == nil)
    }

    @Test func hexColoursNormalise() {
        #expect(HexColor.normalize("#0a5cff") == .success("#0A5CFF"))
        #expect(HexColor.normalize("#abc") == .success("#AABBCC"))
        #expect(HexColor.normalize("0A5CFF") == .failure(.missingHash(suggestion: "#0A5CFF")))
        #expect(HexColor.normalize("#00197G") == .failure(.malformed))
        #expect(HexColor.normalize("burgundy-ish") == .failure(.malformed))
    }
}

@Suite struct LocaleScriptTests {
    @Test(arguments: [
        ("ja", nil, "Jpan"), ("zh-Hant", nil, "Hant"), ("zh-TW", nil, "Hant"), ("zh", nil, "Hans"),
        ("sr-Latn", nil, "Latn"), ("sr", nil, "Cyrl"), ("hi", "Latn", "Latn"), ("en_US", nil, "Latn"),
    ] as [(String, String?, String)])
    func aLocaleWritesInItsDeclaredScriptThenItsSubtagThenItsLanguages(tag: String, declared: String?, expected: String) {
        #expect(ScriptCode.forLocale(tag: tag, declared: declared) == expected)
    }
}
