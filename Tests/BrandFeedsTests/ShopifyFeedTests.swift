import BrandDiagnostics
import BrandFeeds
import Testing

/// A Shopify export with BOM + CRLF, quoted multi-line HTML bodies holding U+2028, and the rows of
/// one product spread over the file.
struct ShopifyFeedTests {
    let path = FeedFixture.path("shopify-export.csv")

    @Test func groupsNonAdjacentRowsIntoOneProductEach() {
        let run = FeedFixture.read(path)
        // organic-tee, mm-mug, cafe-mug; lookbook-spring has only image rows; the last row has no handle.
        #expect(run.products.map(\.id.value) == ["organic-tee", "mm-mug", "cafe-mug"])
        #expect(run.attribute("size", of: "organic-tee") == "S, M, L")
        #expect(run.product("organic-tee")?.sku?.value == "NW-TEE-S")
        #expect(run.product("organic-tee")?.images.map(\.value)
            == ["https://cdn.example/tee-front.jpg", "https://cdn.example/tee-back.jpg"])
        #expect(run.attribute("product_type", of: "organic-tee") == "Shirts")
        #expect(run.attribute("title", of: "mm-mug") == nil, "Shopify's Default Title option is dropped")
        #expect(run.summary.rowsRead == 8)
        #expect(run.summary.products == 3)
        #expect(run.summary.rowsSkipped == 3)
    }

    @Test func keepsTitlesAsWrittenAfterOneEntityDecodeAndNFC() {
        let run = FeedFixture.read(path)
        #expect(run.product("organic-tee")?.title?.value == "Organic  Tee\u{3000}®")
        #expect(run.product("mm-mug")?.title?.value == "M&M Mug 12\"")
        let cafe = run.product("cafe-mug")?.title?.value
        #expect(cafe == "Caf\u{E9} Mug")
        #expect(cafe?.unicodeScalars.count == 8, "NFC: one scalar for é")
    }

    @Test func stripsTheHTMLBodyIntoPlainText() {
        let description = FeedFixture.read(path).product("organic-tee")?.description?.value
        #expect(description == "Soft & light.\n100% cotton\u{2028}GOTS")
    }

    @Test func linesAfterAMultiLineBodyWithU2028AreRight() throws {
        let run = FeedFixture.read(path)
        let price = try #require(run.diagnostics(.feedBadPrice).first)
        let expected = try #require(FeedFixture.position(of: "\"12,99€\"", in: path))
        #expect(expected.line == 6)
        #expect(price.line == expected.line)
        #expect(price.column == expected.column)
    }

    @Test func imageOnlyHandlesAndRowsWithoutHandleAreReportedNotCompiled() throws {
        let run = FeedFixture.read(path)
        let missing = try #require(run.diagnostics(.feedMissingID).first)
        #expect(missing.line == FeedFixture.position(of: "Orphan row", in: path)?.line)
        let untitled = run.diagnostics(.feedEmptyTitle)
        #expect(untitled.count == 1)
        #expect(untitled.first?.message.contains("lookbook-spring") == true)
        #expect(run.product("lookbook-spring") == nil)
    }

    @Test func oldHeaderSpellingsMapToTheSameFields() {
        let run = FeedFixture.read(FeedFixture.path("shopify-old-header.csv"))
        #expect(run.products.count == 1)
        #expect(run.product("rain-hat")?.description?.value == "Waxed cotton")
        #expect(run.product("rain-hat")?.sku?.value == "NW-HAT-OL")
        #expect(run.attribute("color", of: "rain-hat") == "Olive, Sand")
        #expect(run.diagnostics.filter { $0.severity >= .warning }.isEmpty)
    }
}
