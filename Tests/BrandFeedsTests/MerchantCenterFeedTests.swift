import BrandModel
import BrandDiagnostics
import BrandFeeds
import Foundation
import Testing

/// Google Merchant Center CSV and TSV feeds.
struct MerchantCenterFeedTests {
    let csv = FeedFixture.path("merchant-center.csv")
    let tsv = FeedFixture.path("merchant-center.tsv")

    @Test func readsStandardColumnsIntoTheProduct() throws {
        let run = FeedFixture.read(csv)
        let jacket = try #require(run.product("NW-1"))
        #expect(jacket.title?.value == "Trail Shell Jacket 26\" back")
        #expect(jacket.description?.value == "A 3-layer shell.\nPit zips.")
        #expect(jacket.brand?.value == "Northwind")
        #expect(jacket.images.map(\.value) == [
            "https://cdn.example/nw-1.jpg", "https://cdn.example/nw-1-b.jpg", "https://cdn.example/nw-1-c.jpg",
        ])
        for (name, value) in [("color", "rust"), ("material", "nylon"), ("size", "M"), ("gender", "unisex"),
                              ("age_group", "adult"), ("product_type", "Apparel > Jackets"),
                              ("google_product_category", "5598"), ("price", "129.00 USD"), ("item_group_id", "NW-TRAIL"),
                              ("link", "https://example.com/nw-1")] {
            #expect(run.attribute(name, of: "NW-1") == value, "attribute \(name)")
        }
    }

    @Test func localeColumnsBecomeCopyAndABadTagIsReportedAtTheHeader() throws {
        let run = FeedFixture.read(csv)
        let jacket = try #require(run.product("NW-1"))
        #expect(jacket.copy(for: "ja").first { $0.role.value == "title" }?.text.value == "トレイルシェル")
        #expect(jacket.copy(for: "ar").first { $0.role.value == "headline" }?.text.value == "سترة المسار")
        #expect(jacket.copy(for: "en-US").isEmpty)
        let badTag = try #require(run.diagnostics(.badLanguageTag).first)
        #expect(badTag.line == 1)
        #expect(badTag.column == FeedFixture.position(of: "badge[en_US]", in: csv)?.column)
        let unknown = try #require(run.diagnostics(.feedUnknownColumns).first)
        #expect(unknown.message.contains("shipping_label"))
        #expect(unknown.severity == .note)
    }

    @Test func arabicIDWithSpacesSurvives() {
        let run = FeedFixture.read(csv)
        #expect(run.product("حذاء رياضي 42")?.title?.value == "حذاء رياضي")
    }

    @Test func duplicateMissingAndBadRowsAreReportedAtTheirLineAndTheRestIsRead() throws {
        let run = FeedFixture.read(csv)
        #expect(run.products.map(\.id.value) == ["NW-1", "حذاء رياضي 42", "NW-2"])
        let duplicate = try #require(run.diagnostics(.feedDuplicateID).first)
        #expect(duplicate.line == FeedFixture.position(of: "NW-1,Duplicate", in: csv)?.line)
        #expect(duplicate.column == 1)
        #expect(duplicate.notes.first?.location?.range?.start.line == 2, "the note points at the first NW-1")
        let missing = try #require(run.diagnostics(.feedMissingID).first)
        #expect(missing.line == FeedFixture.position(of: "No id here", in: csv)?.line)
        let price = try #require(run.diagnostics(.feedBadPrice).first)
        let pricePosition = FeedFixture.position(of: "twelve dollars", in: csv)
        #expect(price.line == pricePosition?.line)
        #expect(price.column == pricePosition?.column)
        #expect(run.diagnostics(.feedEmptyTitle).count == 1)
        #expect(run.summary.rowsRead == 5)
        #expect(run.summary.products == 3)
        #expect(run.summary.rowsSkipped == 2)
    }

    @Test func tsvKeepsBareQuotesAsText() {
        let run = FeedFixture.read(tsv)
        #expect(run.product("TV-26")?.title?.value == "Monitor 26\" IPS")
        #expect(run.product("TV-72")?.title?.value == "\"Big\" Sofa 72\"")
        #expect(run.product("TV-32")?.title?.value == "Screen 32\" curved", "a field quoted whole, Excel style")
        #expect(run.products.count == 3)
        #expect(run.diagnostics(.feedDuplicateID).first?.line == 5)
    }

    @Test func missingIDColumnIsReportedAtTheHeaderAndNothingIsRead() throws {
        let mapping = FeedMapping(required: [.id, .brand])
        let run = FeedFixture.read(tsv, mapping: FeedMapping(useDefaults: false))
        let missing = try #require(run.diagnostics(.feedMissingColumn).first)
        #expect(missing.line == 1)
        #expect(missing.message.contains("'id'"))
        #expect(run.products.isEmpty)
        #expect(FeedFixture.read(tsv, mapping: mapping).diagnostics(.feedMissingColumn).isEmpty)
    }

    @Test func aBareQuoteInsideAQuotedCSVFieldSkipsOnlyThatRow() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).csv").path
        try Data("id,title,price\nQ-1,\"Sofa \"Deluxe\" 72\",10.00 USD\nQ-2,\"Chair, 26\"\"\",5.00 USD\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = FeedFixture.read(path)
        #expect(run.products.map(\.id.value) == ["Q-2"])
        #expect(run.product("Q-2")?.title?.value == "Chair, 26\"")
        #expect(run.diagnostics(.feedBadRow).first?.line == 2)
    }
}
