import Foundation
import Testing
@testable import BrandFeeds

/// Pages handed back behind the read position read back unchanged, and a missing file is a
/// plain error, never a crash.
struct MappedFeedFileTests {
    @Test func releasedPagesReadBackTheSameBytes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mapped-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var file = try MappedFeedFile(path: path, releaseStep: 1 << 16)
        #expect(file.data.elementsEqual(bytes))
        for offset in stride(from: 0, through: bytes.count, by: 300_001) { file.release(before: offset) }
        file.release(before: bytes.count)
        #expect(file.data.elementsEqual(bytes))
    }

    @Test func aFeedReadWithReleasesYieldsEveryProduct() throws {
        let path = try GeneratedFeed.merchantCenter(rows: 30_000, name: "released.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var direct = FeedIterator(path: path, file: try MappedFeedFile(path: path, releaseStep: 1 << 12), mapping: .standard, shard: .whole)
        var ids: [String] = []
        while let item = direct.next() { if let id = item.product?.id.value { ids.append(id) } }
        #expect(ids == (0..<30_000).map { "MC-\($0)" })
    }

    @Test func missingEmptyAndFolderPaths() throws {
        #expect(throws: MappedFeedFile.OpenError.self) { try MappedFeedFile(path: "/nonexistent/feed.csv") }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: MappedFeedFile.OpenError.self) { try MappedFeedFile(path: folder) }
        var items = FeedReader(path: folder).makeIterator()
        let refusal = try #require(items.next()?.diagnostics.first)
        #expect(refusal.code == .readFailed)
        #expect(refusal.message == "cannot read the feed: not a regular file")
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: empty) }
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(try MappedFeedFile(path: empty).data.isEmpty)
    }
}
