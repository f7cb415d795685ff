import BrandFeeds
import Foundation
import Testing

/// Products stream out one at a time: reading 100,000 rows does not grow memory with the row count.
struct FeedScaleTests {
    /// Resident memory of this process in kB (Linux `/proc`), or `nil` elsewhere.
    static func residentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
        return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
    }

    /// `BRANDFEEDS_SCALE_ROWS=1000000 swift test --filter FeedScaleTests` measures a larger feed by hand.
    @Test func hundredThousandRowsStreamInFlatMemory() throws {
        let rows = ProcessInfo.processInfo.environment["BRANDFEEDS_SCALE_ROWS"].flatMap { Int($0) } ?? 100_000
        let path = try GeneratedFeed.merchantCenter(rows: rows, name: "scale.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var iterator = FeedReader(path: path).makeIterator()
        var count = 0
        var titleScalars = 0
        var afterWarmUp: Int?
        while let item = iterator.next() {
            guard let product = item.product else { continue }
            count += 1
            titleScalars += product.title?.value.unicodeScalars.count ?? 0
            if count == 10_000 { afterWarmUp = Self.residentKilobytes() }
        }
        #expect(count == rows)
        #expect(iterator.summary.rowsRead == rows)
        #expect(titleScalars > rows * 8)
        if let before = afterWarmUp, let after = Self.residentKilobytes() {
            // Keeping 90,000 products (ten located strings each) would take well over 100 MB; the bound
            // leaves room for the mapped file's pages (~9 MB), the duplicate-id table (~15 MB) and other tests.
            print("feed scale: RSS \(before) kB after 10k rows, \(after) kB after \(rows) rows")
            // The duplicate-id table costs ~32 bytes an id plus the table's slack.
            #expect(after - before < 48_000 * max(1, rows / 100_000), "memory grew by \(after - before) kB")
        }
    }
}
