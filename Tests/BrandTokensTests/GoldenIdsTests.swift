import Foundation
import Testing
import BrandTokens

/// Ids equal to Google's `sentencepiece` on the multilingual corpus, whole files and line by line.
/// The goldens come from `scripts/tokens/make_goldens.py`.
@Suite(.enabled(if: TokenizerFixture.isAvailable, TokenizerFixture.missingReason))
struct GoldenIdsTests {
    static let corpusNames: [String] = {
        let folder = TokenizerFixture.fixtures.appendingPathComponent("corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    @Test func corpusCoversTheRequiredScripts() {
        let required = [
            "en", "de", "fr", "ru", "el", "ar", "ar-harakat", "fa", "he-niqqud", "hi", "mr", "th", "zh-Hans",
            "zh-Hant", "ja", "ko", "emoji", "whitespace", "prices", "html", "bytes",
        ]
        #expect(Set(required).subtracting(Self.corpusNames).isEmpty)
    }

    @Test(arguments: corpusNames)
    func idsMatchSentencePiece(name: String) throws {
        let encoder = try #require(TokenizerFixture.encoder)
        let text = try TokenizerFixture.corpusText(name)
        let golden = try String(
            contentsOf: TokenizerFixture.fixtures.appendingPathComponent("goldens/\(name).ids"), encoding: .utf8)
        let expectedBody = try #require(golden.split(separator: "\n", maxSplits: 1).last.map(String.init))
        let body = TokenizerFixture.corpusCases(text).map { case_ in
            encoder.encode(case_).map(String.init).joined(separator: " ") + "\n"
        }.joined()
        #expect(body == expectedBody, "ids of corpus/\(name).txt differ from sentencepiece's")
    }
}

extension TokenizerFixture {
    static func corpusText(_ name: String) throws -> String {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("corpus/\(name).txt"))
        return String(decoding: data, as: UTF8.self)
    }

    /// The whole text, then each line split at LF only, as `make_goldens.py` does.
    static func corpusCases(_ text: String) -> [String] {
        var lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        if lines.last == "" { lines.removeLast() }
        return [text] + lines
    }
}
