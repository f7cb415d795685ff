import BrandText
import Testing

@Suite struct InvisibleCharacterTests {
    func kinds(_ text: String) -> [InvisibleCharacter] {
        invisibleCharacters(in: text).map(\.character)
    }

    @Test(arguments: [
        ("Ac\u{200B}me", InvisibleCharacter.zeroWidthSpace),
        ("Acme\u{200D}Store", .zeroWidthJoiner),  // Latin does not join
        ("5\u{200D}0", .zeroWidthJoiner),  // digits have the Emoji property but never join
        ("مرحبا\u{200D}", .zeroWidthJoiner),  // nothing to join to
        ("Acme\u{200C} Sale", .zeroWidthNonJoiner),
        ("Super\u{AD}sale", .softHyphen),
        ("Ac\u{2060}me", .wordJoiner),
        ("Ac\u{FEFF}me", .byteOrderMark),
        ("Acme\u{3164}", .otherDefaultIgnorable),  // HANGUL FILLER, a favourite blank in spam
    ])
    func triggering(text: String, expected: InvisibleCharacter) {
        #expect(kinds(text) == [expected])
    }

    @Test(arguments: [
        "می\u{200C}خواهم",  // Persian "I want": ZWNJ keeps می apart from خواهم
        "क्\u{200D}ष",  // Hindi: ZWJ after the virama asks for the half form of क
        "क्\u{200C}ष",  // ZWNJ asks for an explicit virama
        "👩\u{200D}💻", "🏳️\u{200D}🌈", "👩🏽\u{200D}🚀",  // emoji ZWJ sequences
        "\u{FEFF}Acme",  // a BOM at the start is an encoding signature
        "❤️", "🏴󠁧󠁢󠁥󠁮󠁧󠁿",  // variation selector, tag sequence
        "Acme 東京 مرحبا",
    ])
    func nonTriggering(text: String) {
        #expect(kinds(text).isEmpty)
    }

    @Test func legitimateJoinersOnRequest() throws {
        let found = invisibleCharacters(in: "می\u{200C}خواهم", includingLegitimate: true)
        let joiner = try #require(found.first)
        #expect(found.count == 1 && joiner.character == .zeroWidthNonJoiner && joiner.isLegitimate)
        #expect(joiner.position.scalarOffset == 2)
    }

    @Test func positionOfAZeroWidthSpace() throws {
        let space = try #require(invisibleCharacters(in: "東京\u{200B}ラーメン").first)
        #expect(space.position == TextPosition(scalarOffset: 2, characterOffset: 2, utf8Offset: 6))
    }
}
