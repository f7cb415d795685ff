import BrandText
import Testing

@Suite struct ScriptTests {
    @Test(arguments: [
        ("A", UnicodeScript.latin), ("я", .cyrillic), ("ا", .arabic), ("پ", .arabic), ("א", .hebrew),
        ("क", .devanagari), ("ก", .thai), ("あ", .hiragana), ("ア", .katakana), ("中", .han), ("한", .hangul),
        ("1", .common), ("ー", .common), ("\u{0301}", .inherited), ("🎉", .common), ("\u{0378}", .unknown),
    ] as [(Unicode.Scalar, UnicodeScript)])
    func scriptOfScalar(scalar: Unicode.Scalar, expected: UnicodeScript) {
        #expect(script(of: scalar) == expected)
    }

    @Test func namesAndISOCodes() {
        #expect(UnicodeScript.han.isoCode == "Hani")
        #expect(UnicodeScript.latin.longName == "Latin")
        #expect(UnicodeScript.oldItalic.longName == "Old_Italic")
        #expect(UnicodeScript.common.isoCode == "Zyyy")
        #expect(UnicodeScript(isoCode: "Deva") == .devanagari)
        #expect(UnicodeScript(longName: "Hangul") == .hangul)
        #expect(UnicodeScript(isoCode: "Xxxx") == nil)
        #expect(!UnicodeScript.inherited.isSpecific && UnicodeScript.thai.isSpecific)
    }

    @Test func scriptExtensionsOfSharedCharacters() {
        // KATAKANA-HIRAGANA PROLONGED SOUND MARK: Script Common, used with both kana.
        #expect(scriptExtensions(of: "ー") == ScriptSet([.hiragana, .katakana]))
        // ARABIC COMMA is Common but belongs to Arabic, Syriac, Thaana and others.
        #expect(scriptExtensions(of: "،").contains(.arabic))
        #expect(scriptExtensions(of: "A") == ScriptSet(.latin))
    }

    @Test func scriptSetOperations() {
        var set = ScriptSet([.latin, .cyrillic])
        #expect(set.count == 2 && set.contains(.latin) && !set.contains(.greek))
        set.insert(.unknown)  // the highest raw value lands in another word of the mask
        #expect(set.scripts == [.cyrillic, .latin, .unknown])
        #expect(set.intersection(ScriptSet([.latin, .greek])) == ScriptSet(.latin))
        #expect(ScriptSet().isEmpty && ScriptSet().union(set) == set)
        #expect(set.description == "[Cyrl, Latn, Zzzz]")
    }
}
