import Testing
@testable import BrandTokens

/// The pattern's alternatives one by one, with pieces written out by hand (each also checked
/// with Python's `regex.findall` and tiktoken's o200k pattern). The fuzz and corpus goldens cover
/// the combinations; these name the rules.
@Suite struct O200kPreTokenizerTests {
    /// The pieces need no vocabulary, only a valid one: the 256 single bytes.
    static let encoder: O200kEncoder? = try? O200kBytePairTests.encoder([])

    @Test(arguments: [
        ("Hello world", ["Hello", " world"]),
        ("HTMLParser", ["HTMLParser"]),
        ("camelCase", ["camel", "Case"]),
        ("don't STOP'S", ["don't", " STOP'S"]),
        ("we'RE they'll", ["we'RE", " they'll"]),
        ("a'x", ["a", "'x"]),
        ("1234567", ["123", "456", "7"]),
        ("x   y", ["x", "  ", " y"]),
        ("a\n\n  b", ["a", "\n\n", " ", " b"]),
        ("a  \n", ["a", "  \n"]),
        ("end  ", ["end", "  "]),
        ("!!! ?", ["!!!", " ?"]),
        ("a/b//\nc", ["a", "/b", "//\n", "c"]),
        ("\u{301}A", ["\u{301}", "A"]),
        ("\u{301}\u{301}", ["\u{301}\u{301}"]),
        ("ǅa", ["ǅa"]),
        ("Ⅻ½", ["Ⅻ½"]),
    ])
    func splitsLikeTheRegex(text: String, pieces: [String]) throws {
        let encoder = try #require(Self.encoder)
        #expect(encoder.pieces(text) == pieces)
    }
}
