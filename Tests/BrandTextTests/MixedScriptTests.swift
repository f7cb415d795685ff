import BrandText
import Testing

@Suite struct MixedScriptWordTests {
    @Test func cyrillicLetterInALatinBrandName() throws {
        // "Acmе": the last letter is CYRILLIC SMALL LETTER IE (U+0435).
        let words = mixedScriptWords(in: "Shop Acm\u{435} today")
        let word = try #require(words.first)
        #expect(words.count == 1 && word.text == "Acm\u{435}")
        #expect(word.scripts == ScriptSet([.latin, .cyrillic]))
        #expect(word.scalarOffsets == 5..<9 && word.position.characterOffset == 5)
    }

    @Test(arguments: [
        "\u{391}cme",  // GREEK CAPITAL LETTER ALPHA
        "かな한",  // Japanese kana with a Hangul syllable
        "Pay\u{440}al",  // CYRILLIC SMALL LETTER ER
    ])
    func triggering(word: String) {
        #expect(mixedScriptWords(in: word).count == 1)
    }

    @Test(arguments: [
        "Acme Москва", "東京でラーメンを食べる", "한국漢字", "PlayStation5", "नमस्ते दुनिया", "می‌خواهم",
        "Cafe\u{301}", "iPhone 15 Pro — ١٥", "",
    ])
    func nonTriggering(text: String) {
        #expect(mixedScriptWords(in: text).isEmpty)
    }
}

@Suite struct ConfusableTests {
    @Test(arguments: [
        ("\u{410}cme", "Acme"),  // CYRILLIC CAPITAL A
        ("Acm\u{435}", "Acme"),  // CYRILLIC SMALL IE
        ("\u{410}\u{421}\u{41C}\u{415}", "Acme"),  // АСМЕ, all Cyrillic capitals
        ("\u{39D}\u{3B9}\u{3BA}\u{3BF}n", "Nikon"),  // Greek capital NU, small IOTA, KAPPA, OMICRON
        ("Ａｃｍｅ", "Acme"),  // fullwidth Latin
    ])
    func imitations(word: String, brand: String) {
        #expect(isConfusable(word, withBrand: brand))
    }

    @Test(arguments: [("Acme", "Acme"), ("ACME", "Acme"), ("Acne", "Acme"), ("Acme", "Acme Co"), ("Москва", "Acme")])
    func notImitations(word: String, brand: String) {
        #expect(!isConfusable(word, withBrand: brand))
    }

    @Test func skeletonMapsLookalikesToLatin() {
        #expect(confusableSkeleton(of: "\u{410}cm\u{435}") == "acme")
        #expect(confusableSkeleton(of: "Москва") != "mockba")  // only true lookalikes map: к, в stay
    }

    @Test func findsImitationsInCopy() {
        // Асме with a lowercase Cyrillic м: м does not look like a Latin m, so this is no imitation.
        #expect(brandImitations(of: "Acme", in: "Buy \u{410}\u{441}\u{43C}\u{435} shoes at Acme") == [])
        // Аcmе (Cyrillic А and е) is; the genuine spellings in any case are not.
        #expect(brandImitations(of: "Acme", in: "Buy \u{410}cm\u{435} shoes at Acme, ACME or acme") == ["\u{410}cm\u{435}"])
    }
}

@Suite struct BrandImitationFilterTests {
    /// `brandImitations` rules words out by their first scalar; these imitations must survive it.
    @Test(arguments: [
        ("e\u{301}cl\u{430}ir", "éclair"),  // decomposed é: the first scalar composes with the next
        ("\u{C9}CL\u{410}IR", "éclair"),  // uppercase É and a Cyrillic А
        ("ｅｃ\u{43E}", "eco"),  // fullwidth letters, then a Cyrillic о
    ])
    func imitationsSurviveTheFilter(word: String, brand: String) {
        #expect(brandImitations(of: brand, in: "buy \(word) now") == [Substring(word)])
    }

    @Test func wordsOfOtherScriptsAreNotImitations() {
        #expect(brandImitations(of: "Acme", in: "خصم على 東京 ラーメン नमस्ते Москва").isEmpty)
    }
}

@Suite struct BrandImitationFinderTests {
    @Test func oneFinderForManyTitles() {
        let finder = BrandImitationFinder(brand: "Acme")
        #expect(finder.imitations(in: "Acme shoes") == [])
        #expect(finder.imitations(in: "\u{410}cme shoes") == ["\u{410}cme"])
        #expect(finder.imitations(in: "shoes by Acm\u{435}") == ["Acm\u{435}"])  // the last word of the text
        #expect(finder.isImitation("ACM\u{415}") && !finder.isImitation("ACME"))
    }
}
