import BrandDiagnostics
import BrandFeeds
import Foundation
import Testing

/// The example feeds under `products/feeds/` that the examples job compiles read without a warning.
struct ExampleFeedTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("products/feeds")

    @Test(arguments: [
        ("northwind-merchant-center.csv", 10), ("northwind-shopify.csv", 3), ("kumo-products.jsonl", 2),
    ])
    func readsCleanly(name: String, products: Int) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let run = FeedFixture.read(path)
        #expect(run.products.count == products)
        #expect(run.diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(run.diagnostics.map(\.message))")
        for product in run.products {
            #expect(product.title != nil)
            for image in product.images {
                let file = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(image.value).path
                #expect(FileManager.default.fileExists(atPath: file), "\(image.value) of \(product.id.value)")
            }
        }
    }

    @Test func localizedColumnsReachTheProducts() throws {
        let run = FeedFixture.read(Self.folder.appendingPathComponent("northwind-merchant-center.csv").path)
        let jacket = try #require(run.product("NW-TRAIL-JKT-M-RUST"))
        #expect(jacket.title?.value == "Trail Shell Jacket 26\" back length, Rust")
        #expect(jacket.copy(for: "de").map(\.role.value) == ["title", "badge"])
        #expect(run.product("NW-FLEECE-OLV")?.title?.value == "Grid Fleece Half-Zip & Thumb Loops")
        let shopify = FeedFixture.read(Self.folder.appendingPathComponent("northwind-shopify.csv").path)
        #expect(shopify.attribute("size", of: "trail-shell-jacket") == "S, M, L")
        #expect(shopify.attribute("color", of: "merino-beanie") == "Charcoal, Olive")
    }
}
