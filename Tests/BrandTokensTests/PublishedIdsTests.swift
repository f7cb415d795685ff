import Testing
import BrandTokens

/// Ids published with the vocabulary (toolchain notes §8, Google's LocalTokenizer sample).
@Suite(.enabled(if: TokenizerFixture.isAvailable, TokenizerFixture.missingReason))
struct PublishedIdsTests {
    @Test(arguments: [
        ("Hello world", [9259, 1902]),
        (
            "What's the longest word in the English language?",
            [3689, 236789, 236751, 506, 27801, 3658, 528, 506, 5422, 5192, 236881]
        ),
        ("日本語のテキストと emoji 🚀", [94951, 236945, 95830, 237032, 64334, 236743, 242015]),
    ])
    func encodesPublishedSamples(text: String, expected: [Int]) throws {
        let encoder = try #require(TokenizerFixture.encoder)
        #expect(encoder.encode(text) == expected)
        #expect(encoder.count(text) == expected.count)
    }

    @Test func emptyTextHasNoTokens() throws {
        let encoder = try #require(TokenizerFixture.encoder)
        #expect(encoder.encode("").isEmpty)
    }
}

/// One encoder shared by concurrent tasks gives each the same ids as a lone caller.
@Suite(.enabled(if: TokenizerFixture.isAvailable, TokenizerFixture.missingReason))
struct SharedEncoderTests {
    @Test func concurrentEncodingMatchesSequential() async throws {
        let encoder = try #require(TokenizerFixture.encoder)
        let texts = try GoldenIdsTests.corpusNames.map { try TokenizerFixture.corpusText($0) }
        let sequential = texts.map { encoder.encode($0) }
        let concurrent = await withTaskGroup(of: (Int, [Int]).self) { group in
            for (index, text) in texts.enumerated() { group.addTask { (index, encoder.encode(text)) } }
            var results = [[Int]](repeating: [], count: texts.count)
            for await (index, ids) in group { results[index] = ids }
            return results
        }
        #expect(concurrent == sequential)
    }
}
