import BrandDiagnostics
import BrandFeeds
import Foundation
import Testing

/// `--shard I/N`: parsing, and N shards partitioning a feed exactly.
struct ShardTests {
    @Test(arguments: ["0/4", "5/4", "a/b", "1/0", "1", "", "1/2/3", "-1/4"])
    func rejectsMalformedShards(text: String) {
        #expect(throws: ShardError.self) { try Shard(parsing: text) }
    }

    @Test func parsesAndExplains() throws {
        let shard = try Shard(parsing: "2/4")
        #expect(shard.index == 2)
        #expect(shard.count == 4)
        do {
            _ = try Shard(parsing: "5/4")
        } catch {
            #expect(error.diagnostic.code == .feedBadShard)
            #expect(error.message.contains("1 to 4"))
        }
    }

    @Test(arguments: [1, 2, 3, 5])
    func shardsPartitionAFeed(count: Int) throws {
        let path = try GeneratedFeed.merchantCenter(rows: 600, name: "shard-\(count).csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = FeedFixture.read(path).products.map(\.id.value)
        #expect(whole.count == 600)
        var seen: [String] = []
        for index in 1...count {
            let part = FeedFixture.read(path, shard: try Shard(index: index, count: count))
            seen += part.products.map(\.id.value)
            #expect(part.summary.rowsRead == 600)
            #expect(part.summary.products + part.summary.rowsInOtherShards == 600)
            if count > 1 { #expect(!part.products.isEmpty && part.products.count < 600) }
        }
        #expect(seen.count == whole.count, "no product in two shards")
        #expect(Set(seen) == Set(whole), "every product in some shard")
    }

    @Test func shopifyHandlesAreShardedWholeWithAllTheirRows() throws {
        let path = FeedFixture.path("shopify-export.csv")
        let whole = FeedFixture.read(path)
        var sizes: [String: String] = [:]
        for index in 1...2 {
            let part = FeedFixture.read(path, shard: try Shard(index: index, count: 2))
            for product in part.products {
                sizes[product.id.value] = part.attribute("size", of: product.id.value) ?? ""
            }
        }
        #expect(Set(sizes.keys) == Set(whole.products.map(\.id.value)))
        #expect(sizes["organic-tee"] == "S, M, L")
    }
}
