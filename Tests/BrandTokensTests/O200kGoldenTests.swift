import Foundation
import Testing
import BrandTokens

/// Ids and pieces equal to OpenAI's `tiktoken` on the multilingual corpus, whole files and line by
/// line. The goldens come from `scripts/tokens/o200k/make_goldens.py`.
@Suite(.enabled(if: O200kFixture.isAvailable, O200kFixture.missingReason))
struct O200kGoldenTests {
    @Test func everyCorpusFileHasGoldens() throws {
        for name in GoldenIdsTests.corpusNames {
            #expect(FileManager.default.fileExists(atPath: O200kFixture.goldens.appendingPathComponent("\(name).ids").path))
            #expect(FileManager.default.fileExists(atPath: O200kFixture.goldens.appendingPathComponent("\(name).pieces").path))
        }
        #expect(GoldenIdsTests.corpusNames.count >= 24)
    }

    @Test(arguments: GoldenIdsTests.corpusNames)
    func idsMatchTiktoken(name: String) throws {
        let encoder = try #require(O200kFixture.encoder)
        let cases = TokenizerFixture.corpusCases(try TokenizerFixture.corpusText(name))
        let body = cases.map { encoder.encode($0).map(String.init).joined(separator: " ") + "\n" }.joined()
        #expect(body == (try O200kFixture.goldenBody("\(name).ids")), "ids of corpus/\(name).txt differ from tiktoken's")
    }

    @Test(arguments: GoldenIdsTests.corpusNames)
    func piecesMatchThePattern(name: String) throws {
        let encoder = try #require(O200kFixture.encoder)
        let cases = TokenizerFixture.corpusCases(try TokenizerFixture.corpusText(name))
        let body = cases.map { text in
            encoder.pieces(text).map { String($0.utf8.count) }.joined(separator: " ") + "\n"
        }.joined()
        #expect(body == (try O200kFixture.goldenBody("\(name).pieces")), "pieces of corpus/\(name).txt differ")
    }

    /// The counts in toolchain-notes §8, measured there with tiktoken and quicktok.
    @Test(arguments: [
        ("Hello, world!", 4), ("क्षत्रिय", 3), ("👨‍👩‍👧", 8), ("한국어 텍스트", 5), ("بِسْمِ اللَّهِ", 9),
        ("中文品牌指南：简洁、友好。", 10), ("Brand voice: concise, friendly.", 7),
    ])
    func publishedCounts(text: String, expected: Int) throws {
        let encoder = try #require(O200kFixture.encoder)
        #expect(encoder.count(text) == expected)
        #expect(encoder.method == .exactO200k)
    }

    @Test func emptyTextHasNoTokens() throws {
        let encoder = try #require(O200kFixture.encoder)
        #expect(encoder.encode("").isEmpty)
        #expect(encoder.pieces("").isEmpty)
    }
}
