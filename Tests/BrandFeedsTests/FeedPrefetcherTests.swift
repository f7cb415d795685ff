import BrandFeeds
import Foundation
import Testing

/// Reading ahead on another thread changes nothing a consumer sees: the same items in the same
/// order, the same diagnostics and counts, and stopping early does not leave the reader waiting.
struct FeedPrefetcherTests {
    @Test(arguments: [1, 7, 64])
    func itemsArriveInFeedOrderWithTheSameDiagnosticsAndSummary(batchSize: Int) throws {
        let path = try GeneratedFeed.merchantCenter(rows: 500, name: "prefetch.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        // A bad row and a duplicate id among the good ones, so diagnostics travel with their items.
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text += "MC-3,\"Duplicate\",\"d\",https://cdn.example/x.jpg,rust,1.00 USD\n,\"No id\",\"d\",x.jpg,rust,1.00 USD\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let reader = FeedReader(path: path)
        var direct = reader.makeIterator()
        var expected: [(id: String?, diagnostics: [String])] = []
        while let item = direct.next() { expected.append((item.product?.id.value, item.diagnostics.map(\.message))) }
        let prefetched = FeedPrefetcher(reader, batchSize: batchSize, capacity: 2)
        var received: [(id: String?, diagnostics: [String])] = []
        while let item = prefetched.next() { received.append((item.product?.id.value, item.diagnostics.map(\.message))) }
        #expect(received.map(\.id) == expected.map(\.id))
        #expect(received.map(\.diagnostics) == expected.map(\.diagnostics))
        #expect(prefetched.summary == direct.summary)
        #expect(prefetched.summary.rowsSkipped == 2)
        #expect(prefetched.next() == nil)
    }

    @Test func aConsumerThatStopsEarlyIsNeverBlocked() throws {
        let path = try GeneratedFeed.merchantCenter(rows: 2_000, name: "prefetch-early.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        for _ in 0..<20 {
            let prefetched = FeedPrefetcher(FeedReader(path: path), batchSize: 8, capacity: 1)
            #expect(prefetched.next()?.product?.id.value == "MC-0")
        }
    }
}
