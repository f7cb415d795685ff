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

    @Test func latin1TextIsRefusedButAMultiByteCharacterCutAtTheSniffLimitIsNot() throws {
        let latin1 = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).csv").path
        try Data([0x69, 0x64, 0x2C, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x31, 0x2C, 0x43, 0x61, 0x66, 0xE9, 0x0A])
            .write(to: URL(fileURLWithPath: latin1))
        defer { try? FileManager.default.removeItem(atPath: latin1) }
        #expect(FeedFixture.read(latin1).diagnostics.map(\.code) == [.feedNotAFeed])

        // 4,095 ASCII bytes, then "é" straddling byte 4,096.
        let cut = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).csv").path
        let text = "id,title\nX-1," + String(repeating: "a", count: 4095 - 14) + "é\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: cut))
        defer { try? FileManager.default.removeItem(atPath: cut) }
        let run = FeedFixture.read(cut)
        #expect(run.products.first?.title?.value.hasSuffix("aé") == true)
        #expect(run.diagnostics.isEmpty)
    }

    @Test func theSummaryCountsRows() {
        var iterator = FeedReader(path: FeedFixture.path("merchant-center.csv")).makeIterator()
        while iterator.next() != nil {}
        let note = iterator.summary.diagnostic(file: "merchant-center.csv")
        #expect(note.code == .feedSummary)
        #expect(note.message == "read 5 rows: 3 products, 2 rows skipped")
    }
}
