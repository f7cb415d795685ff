import BrandTestSupport
import Testing
import BrandDiagnostics
import BrandModel
import BrandYAML

/// The `feed:` mapping is decoded with the guide or template that holds it, reported at its own lines.
@Suite struct FeedMappingDecodingTests {
    static let guide = """
        identity: {name: Kumo}
        feed:
          format: csv
          columns: { id: Artikelnummer, title: Bezeichnung, pricee: Preis }
          attributes: { color: Farbe }
          copy: { ja: { title: 商品名 }, jp_JP: { title: X } }
          required: [id, title]
          formt: tsv

        """

    func load(_ files: [String: String], _ path: String = "b/brand.yaml") -> (BrandGuide?, [Diagnostic]) {
        var sink = DiagnosticSink()
        let guide = BrandGuideLoader(fileSystem: MemoryFileSystem(files: files)).load(path, diagnostics: &sink)
        return (guide, sink.sorted)
    }

    @Test func aGuidesMappingIsDecodedAtLoad() throws {
        let (guide, diagnostics) = load(["b/brand.yaml": Self.guide])
        let mapping = try #require(guide?.feedMapping)
        #expect(mapping.format == .csv)
        #expect(mapping.required == [.id, .title])
        #expect(mapping.columns.map(\.column.value) == ["Artikelnummer", "Bezeichnung", "Farbe", "商品名"])
        #expect(mapping.columns.first?.column.location.start?.line == 4)
        let typo = try #require(diagnostics.first { $0.code == .badValue })
        #expect(typo.message == "'pricee' is not a product field; expected one of brand, channel, description, description-html, id, image, image-position, images, price, sku, title")
        #expect(typo.fix?.message == "did you mean 'price'?")
        #expect(typo.location?.start?.line == 4)
        #expect(typo.location?.start?.column == 53)
        let tag = try #require(diagnostics.first { $0.code == .badLanguageTag })
        #expect(tag.location?.start?.line == 6)
        let unknown = try #require(diagnostics.first { $0.code == .unknownKey })
        #expect(unknown.message == "unknown key 'formt' in the feed mapping")
        #expect(unknown.fix?.message == "did you mean 'format'?")
        #expect(unknown.location?.start?.line == 8)
    }

    @Test func aGuideWithoutAMappingHasNone() {
        let (guide, diagnostics) = load(["b/brand.yaml": "identity: {name: Kumo}\n"])
        #expect(guide?.feedMapping == nil)
        #expect(diagnostics.isEmpty)
    }

    @Test func anExtendingGuideKeepsItsParentsMappingUnlessItHasOne() throws {
        let parent = Self.guide
        let (inherited, _) = load(["p/brand.yaml": parent, "b/brand.yaml": "extends: ../p/brand.yaml\n"])
        #expect(inherited?.feedMapping?.format == .csv)
        let own = "extends: ../p/brand.yaml\nfeed: {format: jsonl, defaults: false}\n"
        let (overridden, _) = load(["p/brand.yaml": parent, "b/brand.yaml": own])
        let mapping = try #require(overridden?.feedMapping)
        #expect(mapping.format == .jsonLines)
        #expect(mapping.useDefaults == false)
        #expect(mapping.columns.isEmpty)
    }

    @Test func aTemplatesMappingIsDecodedWithItsFrontMatter() throws {
        let text = "---\ntarget: m\nfeed:\n  columns: {title: Name}\n  format: xlsx\n---\nBody\n"
        var sink = DiagnosticSink()
        let template = PromptTemplate.decode(SourceFile(path: "t.mustache", text: text), loader: YAMLLoader(), diagnostics: &sink)
        let mapping = try #require(template.feedMapping)
        #expect(mapping.columns.map(\.column.value) == ["Name"])
        #expect(mapping.columns.first?.field == .title)
        let bad = try #require(sink.sorted.first { $0.code == .badValue })
        #expect(bad.location?.start?.line == 5)
        #expect(bad.message.hasPrefix("'xlsx' is not a valid feed format"))
    }
}
