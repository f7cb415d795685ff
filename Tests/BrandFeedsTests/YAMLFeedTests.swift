import BrandDiagnostics
import BrandFeeds
import BrandModel
import BrandYAML
import Testing

/// YAML feeds (the `feed:` mapping is decoded with the guide: BrandModelTests' FeedMappingDecodingTests).
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
}
