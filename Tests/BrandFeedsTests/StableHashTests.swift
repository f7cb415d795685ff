@testable import BrandFeeds
import Testing

/// Shards must agree across machines and Swift versions: FNV-1a, checked against its published vectors.
struct StableHashTests {
    @Test func matchesPublishedFNV1aVectors() {
        #expect(StableHash.fnv1a(Array("".utf8)) == 0xCBF2_9CE4_8422_2325)
        #expect(StableHash.fnv1a(Array("a".utf8)) == 0xAF63_DC4C_8601_EC8C)
        #expect(StableHash.fnv1a(Array("foobar".utf8)) == 0x8594_4171_F739_67E8)
    }

    @Test func shardOfAnIDFollowsTheHash() throws {
        for count in 2...7 {
            let owner = Int(0x8594_4171_F739_67E8 % UInt64(count)) + 1
            for index in 1...count {
                #expect(try Shard(index: index, count: count).contains(id: "foobar") == (index == owner))
            }
        }
    }

    @Test func decomposedAndComposedIDsLandInTheSameShard() {
        #expect(StableHash.id("Cafe\u{301}") == StableHash.id("Caf\u{E9}"))
    }
}
