import BrandDiagnostics
import BrandFeeds
import BrandModel
import Testing

/// JSON Lines and JSON array feeds with non-Latin keys.
struct JSONFeedTests {
    let lines = FeedFixture.path("products.jsonl")
    let array = FeedFixture.path("products.json")
    /// Maps the Arabic key `العنوان` ("the title") and the Japanese key `商品名` to the title.
    let mapping = FeedMapping(columns: [
        (Located("العنوان", at: SourceLocation(file: "test")), .title),
        (Located("商品名", at: SourceLocation(file: "test")), .title),
    ])

    @Test func readsJSONLinesWithNonLatinKeysAndNestedCopy() throws {
        let run = FeedFixture.read(lines, mapping: mapping)
        #expect(run.products.map(\.id.value) == ["JL-1", "JL-2", "JL-4"])
        #expect(run.product("JL-1")?.title?.value == "مصباح")
        #expect(run.attribute("اللون", of: "JL-1") == "أسود")
        #expect(run.product("JL-1")?.images.map(\.value) == ["https://cdn.example/l1.jpg"])
        #expect(run.product("JL-4")?.copy(for: "ar").first?.text.value == "ضوء")
    }

    @Test func presentationFormKeysAreNotFoldedOntoTheirNFKCForm() throws {
        let run = FeedFixture.read(lines, mapping: mapping)
        #expect(run.product("JL-2")?.title?.value == "Lamp")
        let unknown = run.diagnostics(.feedUnknownColumns).map(\.message)
        #expect(unknown.contains { $0.contains("\u{FE8D}\u{FEDF}") })
    }

    @Test func aMalformedLineIsSkippedAtItsLineAndLaterLinesAreRead() throws {
        let run = FeedFixture.read(lines, mapping: mapping)
        let bad = try #require(run.diagnostics(.feedBadRow).first)
        #expect(bad.line == 3)
        #expect(bad.column == 1)
        #expect(run.summary.rowsRead == 4)
        #expect(run.summary.rowsSkipped == 1)
    }

    @Test func readsAPrettyPrintedArrayWithPositionsInTheWholeFile() throws {
        let run = FeedFixture.read(array, mapping: mapping)
        #expect(run.products.map(\.id.value) == ["JA-1", "JA-2"])
        #expect(run.product("JA-1")?.title?.value == "急須")
        let tin = try #require(run.product("JA-2"))
        #expect(tin.title?.value == "Sencha & tin")
        let titleAt = FeedFixture.position(of: "\"Sencha", in: array)
        #expect(tin.title?.location.start?.line == titleAt?.line)
        #expect(tin.title?.location.start?.column == titleAt?.column)
        #expect(tin.images.map(\.value) == ["https://cdn.example/tin.jpg"])
        let missing = try #require(run.diagnostics(.feedMissingID).first)
        #expect(missing.line == FeedFixture.position(of: "\"no id\"", in: array)?.line)
    }
}
