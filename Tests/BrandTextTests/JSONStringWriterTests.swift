import Foundation
import Testing
import BrandText

/// The hand-written string encoder must agree with `JSONEncoder` (`CanonicalJSON`'s options) byte for byte.
struct JSONStringWriterTests {
    static func reference(_ text: String) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(text))
    }

    @Test func everyASCIICharacterAloneAndInText() throws {
        for value in UInt8(0)...0x7F {
            let character = String(UnicodeScalar(value))
            #expect(JSONStringWriter.encoded(character) == (try Self.reference(character)), "U+\(String(value, radix: 16))")
            let inText = "a\(character)b\(character)"
            #expect(JSONStringWriter.encoded(inText) == (try Self.reference(inText)))
        }
    }

    @Test func nonASCIIIsWrittenAsUTF8() throws {
        for text in ["", "日本語 عربي 🏔️ e\u{301}", "\u{2028}\u{2029}\u{FEFF}\u{7F}", "क्षत्रिय \"26\\\"", "/path/to"] {
            #expect(JSONStringWriter.encoded(text) == (try Self.reference(text)))
        }
    }
}
