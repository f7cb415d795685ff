import BrandDiagnostics
import BrandFeeds
import BrandModel
import Foundation
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

    /// An unclosed string ends with its line: one error for line 2, the other 199 rows read (issue 14).
    @Test func anUnclosedStringCostsOnlyItsOwnLine() throws {
        var text = ""
        for index in 1...200 {
            text += index == 2 ? "{\"id\": \"J2\", \"title\": \"broken\n" : "{\"id\": \"J\(index)\", \"title\": \"Lamp \(index)\"}\n"
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-broken-\(UUID().uuidString).jsonl")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let run = FeedFixture.read(url.path)
        let bad = run.diagnostics(.feedBadRow)
        #expect(bad.count == 1)
        #expect(bad.first?.line == 2)
        #expect(run.products.count == 199)
        #expect(run.products.last?.id.value == "J200")
        #expect(run.summary.rowsRead == 200)
        #expect(run.summary.rowsSkipped == 1)
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
