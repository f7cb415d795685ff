import BrandDiagnostics
import BrandModel
import BrandFeeds
import Foundation
import Testing

/// Files that are not feeds are refused before parsing; formats are sniffed from the first bytes.
struct FeedFormatTests {
    @Test func aZIPRenamedCSVIsRefused() throws {
        let run = FeedFixture.read(FeedFixture.path("numbers-export.csv"))
        let refusal = try #require(run.diagnostics.first)
        #expect(refusal.code == .feedNotAFeed)
        #expect(refusal.message.contains("ZIP"))
        #expect(run.diagnostics.count == 1)
        #expect(run.products.isEmpty)
    }

    @Test func aMissingFileIsOneDiagnostic() {
        let run = FeedFixture.read(FeedFixture.path("no-such-feed.csv"))
        #expect(run.diagnostics.map(\.code) == [.readFailed])
    }

    @Test func jsonWithoutItsExtensionIsSniffed() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).txt").path
        try Data("\u{FEFF}{\"id\": \"S-1\", \"title\": \"Sniffed\"}\r\n{\"id\": \"S-2\", \"title\": \"Too\"}\r\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = FeedFixture.read(path)
        #expect(run.products.map(\.id.value) == ["S-1", "S-2"])
        #expect(run.product("S-2")?.title?.location.start?.line == 2)
    }
}
