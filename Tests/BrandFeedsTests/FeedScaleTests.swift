import BrandFeeds
import Foundation
import Testing

/// Products stream out one at a time over a large generated feed. Whether memory stays flat is
/// measured by the benchmark (`Benchmarks/run.sh`, peak RSS of a whole `brandc` process): inside a
/// test process other suites allocate at the same time, so an RSS bound here would be noise.
struct FeedScaleTests {
    /// Resident memory of this process in kB from Linux `/proc` (`nil` elsewhere): `RssAnon` is what
    /// the process allocated, `RssFile` includes the memory-mapped feed's pages, which the system
    /// can drop at any time.
    static func residentKilobytes(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("\(field):") }
        return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
    }

    /// `BRANDFEEDS_SCALE_ROWS=1000000 swift test --filter FeedScaleTests` measures a larger feed by hand.
    @Test func aLargeFeedStreamsEveryRow() throws {
        let rows = ProcessInfo.processInfo.environment["BRANDFEEDS_SCALE_ROWS"].flatMap { Int($0) } ?? 20_000
        let path = try GeneratedFeed.merchantCenter(rows: rows, name: "scale.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var iterator = FeedReader(path: path).makeIterator()
        var count = 0
        var titleScalars = 0
        var afterWarmUp: (anonymous: Int, file: Int)?
        while let item = iterator.next() {
            guard let product = item.product else { continue }
            count += 1
            titleScalars += product.title?.value.unicodeScalars.count ?? 0
            if count == 10_000, let anonymous = Self.residentKilobytes("RssAnon"), let file = Self.residentKilobytes("RssFile") {
                afterWarmUp = (anonymous, file)
            }
        }
        #expect(count == rows)
        #expect(iterator.summary.rowsRead == rows)
        #expect(titleScalars > rows * 8)
        if let before = afterWarmUp, let anonymous = Self.residentKilobytes("RssAnon"), let file = Self.residentKilobytes("RssFile") {
            print("feed scale: RssAnon \(before.anonymous) → \(anonymous) kB, RssFile \(before.file) → \(file) kB, rows 10,000 → \(rows)")
        }
    }

    @Test func shopifyRowsScatteredOverALargeExportAreRegrouped() throws {
        let handles = 5_000
        let path = try GeneratedFeed.shopify(products: handles, name: "scattered.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var iterator = FeedReader(path: path).makeIterator()
        var count = 0
        while let item = iterator.next() {
            guard let product = item.product else { continue }
            #expect(product.id.value == "h-\(count)", "handles come out in order of first appearance")
            let size = product.attributes.first { $0.name.value == "size" }?.value.value
            let images = product.images.map(\.value)
            if size != "S, M, L" || images != ["https://cdn.example/\(count)-1.jpg", "https://cdn.example/\(count)-L.jpg", "https://cdn.example/\(count)-M.jpg"] {
                Issue.record("\(product.id.value): size \(size ?? "none"), images \(images)")
                break
            }
            count += 1
        }
        #expect(count == handles)
        #expect(iterator.summary.rowsRead == handles * 3)
    }
}
