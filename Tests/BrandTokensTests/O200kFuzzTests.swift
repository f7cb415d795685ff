import Foundation
import Testing
import BrandTokens

/// Seeded random strings over the characters where the pattern's classes meet (marks, titlecase
/// and modifier letters, other numbers, every kind of whitespace, contractions, `'ſ`, CR LF…),
/// with the pieces of the regex and the ids of tiktoken (`fuzz.jsonl`, from `make_goldens.py`).
@Suite(.enabled(if: O200kFixture.isAvailable, O200kFixture.missingReason))
struct O200kFuzzTests {
    struct Case: Decodable {
        var text: String
        var pieces: [Int]
        var ids: [Int]
    }

    static func cases() throws -> [Case] {
        let lines = try O200kFixture.goldenBody("fuzz.jsonl").split(separator: "\n")
        return try lines.map { try JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }

    @Test func theScannerSplitsLikeTheRegex() throws {
        let encoder = try #require(O200kFixture.encoder)
        let cases = try Self.cases()
        #expect(cases.count == 1500)
        for fuzz in cases {
            #expect(encoder.pieces(fuzz.text).map(\.utf8.count) == fuzz.pieces, "\(fuzz.text.debugDescription)")
        }
    }

    @Test func idsMatchTiktoken() throws {
        let encoder = try #require(O200kFixture.encoder)
        for fuzz in try Self.cases() {
            #expect(encoder.encode(fuzz.text) == fuzz.ids, "\(fuzz.text.debugDescription)")
        }
    }
}
