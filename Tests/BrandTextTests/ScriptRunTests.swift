import BrandText
import Testing

@Suite struct ScriptRunTests {
    /// The runs as (script, text) pairs, for expectations a reader can check by eye.
    func runs(_ text: String) -> [(UnicodeScript, String)] {
        scriptRuns(in: text).map { ($0.script, String(text.unicodeScalars[$0.range])) }
    }

    func expectRuns(_ text: String, _ expected: [(UnicodeScript, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = runs(text)
        #expect(actual.map(\.0) == expected.map(\.0), sourceLocation: sourceLocation)
        #expect(actual.map(\.1) == expected.map(\.1), sourceLocation: sourceLocation)
    }

    @Test func arabicHeadlineWithLatinBrandAndDigits() {
        // The space after the Arabic word stays Arabic; digits and "!" follow the Latin brand.
        expectRuns("مرحبا Acme 2024!", [(.arabic, "مرحبا "), (.latin, "Acme 2024!")])
    }

    @Test func closingBracketTakesTheScriptOfItsOpeningBracket() {
        expectRuns("مرحبا (Acme) بخصم", [(.arabic, "مرحبا ("), (.latin, "Acme"), (.arabic, ") بخصم")])
    }

    @Test func japaneseSplitsIntoHanHiraganaKatakana() {
        // 「 starts the text (Common) and joins 東京; 」 closes 「; ー is Common and stays Katakana.
        expectRuns("「東京」でラーメン", [(.han, "「東京」"), (.hiragana, "で"), (.katakana, "ラーメン")])
    }

    @Test func combiningMarksStayWithTheirBase() {
        expectRuns("بِسْمِ اللَّهِ", [(.arabic, "بِسْمِ اللَّهِ")])
        expectRuns("שָׁלוֹם", [(.hebrew, "שָׁלוֹם")])
        expectRuns("Cafe\u{301} Москва", [(.latin, "Cafe\u{301} "), (.cyrillic, "Москва")])
    }

    @Test func singleScriptTexts() {
        expectRuns("नमस्ते दुनिया", [(.devanagari, "नमस्ते दुनिया")])
        expectRuns("ลดราคาพิเศษ 50%", [(.thai, "ลดราคาพิเศษ 50%")])
        expectRuns("한국어 쇼핑", [(.hangul, "한국어 쇼핑")])
    }

    @Test func sharedPunctuationJoinsTheScriptItIsUsedWith() {
        // DEVANAGARI DANDA, ARABIC COMMA and IDEOGRAPHIC FULL STOP are Common, used with named scripts.
        expectRuns("Hello।नमस्ते", [(.latin, "Hello"), (.devanagari, "।नमस्ते")])
        expectRuns("Acme، مرحبا", [(.latin, "Acme"), (.arabic, "، مرحبا")])
        expectRuns("Acme。東京", [(.latin, "Acme"), (.han, "。東京")])
        // Shared punctuation that is used with the run's own script stays in it.
        expectRuns("नमस्ते। Acme", [(.devanagari, "नमस्ते। "), (.latin, "Acme")])
        // Used with Arabic, but Latin follows: the comma stays with the run it follows.
        expectRuns("Acme، Shop", [(.latin, "Acme، Shop")])
    }

    @Test func textWithoutSpecificScriptIsOneCommonRun() {
        expectRuns("100% 🎉", [(.common, "100% 🎉")])
        #expect(scriptRuns(in: "").isEmpty)
    }

    @Test func runOffsetsCountScalars() {
        let runs = scriptRuns(in: "👍🏽 Акция")
        // 👍🏽 is two scalars, then a space: the Cyrillic run starts at scalar 0 (leading Common joins it).
        #expect(runs.map(\.scalarOffsets) == [0..<8])
        #expect(runs.first?.script == .cyrillic)
    }
}

@Suite struct ScriptSummaryTests {
    @Test func persianHeadlineWithLatinBrand() {
        let summary = ScriptSummary(of: "Acme پیشنهاد ویژه")
        #expect(summary.scripts == ScriptSet([.latin, .arabic]))
        #expect(summary.dominant == .arabic)  // 11 Arabic-script letters (7 + 4) against 4 Latin
        #expect(summary.specificScalarCount == 15)
    }

    @Test func japaneseUsesThreeScripts() {
        // 東京 食 = 3 Han; で を べ る = 4 Hiragana; ラ メ ン = 3 Katakana (ー is Common).
        let summary = ScriptSummary(of: "東京でラーメンを食べる")
        #expect(summary.scripts == ScriptSet([.han, .hiragana, .katakana]))
        #expect(summary.dominant == .hiragana)
    }

    @Test(arguments: [
        ("限时优惠", UnicodeScript.han), ("限時優惠", .han), ("한국어 쇼핑", .hangul), ("ลดราคาพิเศษ", .thai),
        ("שָׁלוֹם עולם", .hebrew), ("मराठी भाषा", .devanagari), ("नेपाली", .devanagari),
    ])
    func singleScriptCopy(text: String, expected: UnicodeScript) {
        let summary = ScriptSummary(of: text)
        #expect(summary.scripts == ScriptSet(expected))
        #expect(summary.dominant == expected)
    }

    @Test func neutralTextHasNoDominantScript() {
        let summary = ScriptSummary(of: "100% 🎉")
        #expect(summary.scripts.isEmpty && summary.dominant == nil && summary.specificScalarCount == 0)
    }

    @Test func tieGoesToTheScriptThatReachedTheCountFirst() {
        #expect(ScriptSummary(of: "ab вг").dominant == .latin)
        #expect(ScriptSummary(of: "вг ab").dominant == .cyrillic)
    }
}
