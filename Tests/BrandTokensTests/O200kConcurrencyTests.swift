import Testing
import BrandTokens

/// One encoder shared by many tasks gives every task the ids it gives alone.
@Suite(.enabled(if: O200kFixture.isAvailable, O200kFixture.missingReason))
struct O200kConcurrencyTests {
    @Test func aSharedEncoderIsSafeAcrossTasks() async throws {
        let encoder = try #require(O200kFixture.encoder)
        let texts = try GoldenIdsTests.corpusNames.map(TokenizerFixture.corpusText)
        let alone = texts.map(encoder.encode)
        let together = await withTaskGroup(of: (Int, [Int]).self) { group in
            for _ in 0..<4 {
                for (index, text) in texts.enumerated() {
                    group.addTask { (index, encoder.encode(text)) }
                }
            }
            var results: [(Int, [Int])] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(together.count == texts.count * 4)
        for (index, ids) in together { #expect(ids == alone[index]) }
    }
}
