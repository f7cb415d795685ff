import BrandDiagnostics
import BrandFeeds
import BrandModel
import BrandYAML
import Testing

/// YAML feeds and the `feed:` mapping.
struct YAMLFeedTests {
    @Test func readsOneProductPerDocument() throws {
        let run = FeedFixture.read(FeedFixture.path("products.yaml"))
        #expect(run.products.map(\.id.value) == ["Y-1", "Y-2"])
        #expect(run.product("Y-2")?.title?.value == "Scarf  ®")
        #expect(run.attribute("color", of: "Y-1") == "charcoal")
        #expect(run.product("Y-2")?.copy(for: "de").first?.text.value == "Neu")
        #expect(run.product("Y-2")?.id.location.start?.line == 5)
    }

    @Test func readsAListAndReportsANonMappingItem() throws {
        let run = FeedFixture.read(FeedFixture.path("catalog.yaml"))
        #expect(run.products.map(\.id.value) == ["C-1", "C-2"])
        let bad = try #require(run.diagnostics(.feedBadRow).first)
        #expect(bad.line == 5)
    }

    @Test func decodesAFeedMappingAndUsesIt() throws {
        let yaml = """
            format: csv
            columns: { id: Artikelnummer, title: Bezeichnung, pricee: Preis }
            attributes: { color: Farbe }
            copy: { ja: { title: 商品名 }, jp_JP: { title: X } }
            required: [id, title]
            """
        var sink = DiagnosticSink()
        let document = try #require(YAMLLoader().loadSingle(SourceFile(path: "brandc.yaml", text: yaml), diagnostics: &sink))
        var reader = NodeReader(document: document)
        let mapping = try #require(FeedMapping.decode(node: document.root, reader: &reader))
        #expect(mapping.format == .csv)
        #expect(mapping.required == [.id, .title])
        #expect(mapping.columns.map(\.column.value) == ["Artikelnummer", "Bezeichnung", "Farbe", "商品名"])
        let codes = reader.diagnostics.diagnostics.map(\.code)
        #expect(codes.contains(.badValue), "pricee is not a product field")
        #expect(codes.contains(.badLanguageTag), "jp_JP is not BCP 47")
        let typo = reader.diagnostics.diagnostics.first { $0.code == .badValue }
        #expect(typo?.fix?.message == "did you mean 'price'?")
        #expect(typo?.location?.range?.start.line == 2)
    }
}
