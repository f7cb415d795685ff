import BrandDiagnostics
import BrandFeeds
import BrandModel
import Foundation
import Testing

/// Nested JSON values read as structured fields (issue 16): Retail API JSON Lines and schema.org
/// Product JSON-LD, shaped after real exports.
struct NestedJSONFeedTests {
    let retail = FeedFixture.path("retail-api.jsonl")
    let schemaOrg = FeedFixture.path("schema-org.json")

    @Test func retailAPIPriceInfoIsAPriceWithItsCurrencyNotCopy() throws {
        let run = FeedFixture.read(retail)
        #expect(run.attribute("price", of: "RA-1") == "12.5 USD")
        #expect(run.attribute("price", of: "RA-2") == "8.00 EUR", "currency first or last")
        let tote = try #require(run.product("RA-1"))
        #expect(tote.copy.isEmpty, "priceInfo is no localized text")
        #expect(run.diagnostics(.badLanguageTag).isEmpty)
        #expect(run.diagnostics(.feedBadPrice).isEmpty)
    }

    @Test func retailAPIFieldsMapThroughTheAliases() throws {
        let run = FeedFixture.read(retail)
        let tote = try #require(run.product("RA-1"))
        #expect(tote.title?.value == "Canvas Tote", "title beats the resource `name`")
        #expect(tote.brand?.value == "Northwind")
        #expect(tote.images.map(\.value) == ["https://cdn.example/ra-1.jpg"])
        #expect(run.attribute("color", of: "RA-1") == "Navy")
        #expect(run.attribute("size", of: "RA-1") == "M")
        #expect(run.attribute("material", of: "RA-1") == "cotton", "attributes' {text: [...]}")
        #expect(run.attribute("weight_kg", of: "RA-1") == "0.4", "attributes' {numbers: [...]}")
        #expect(run.attribute("link", of: "RA-1") == "https://shop.example/p/ra-1")
    }

    @Test func anObjectOfLanguageTagsIsStillLocalizedCopy() throws {
        let run = FeedFixture.read(retail)
        let bag = try #require(run.product("RA-2"))
        #expect(bag.copy(for: "ja").first { $0.role.value == "title" }?.text.value == "トート")
        #expect(bag.copy(for: "de").first { $0.role.value == "title" }?.text.value == "Tragetasche")
    }

    @Test func schemaOrgProductsReadBrandOffersAndImages() throws {
        let run = FeedFixture.read(schemaOrg)
        #expect(run.products.map(\.id.value) == ["SO-1", "SO-2"])
        let dripper = try #require(run.product("SO-1"))
        #expect(dripper.title?.value == "Ceramic Pour-Over")
        #expect(dripper.brand?.value == "Northwind", "brand: {name}")
        #expect(dripper.sku?.value == "NW-SO-1")
        #expect(dripper.images.map(\.value) == ["https://cdn.example/so-1a.jpg", "https://cdn.example/so-1b.jpg"])
        #expect(run.attribute("price", of: "SO-1") == "3200 JPY")
        #expect(run.attribute("link", of: "SO-1") == "https://shop.example/p/so-1")
        #expect(run.attribute("gtin", of: "SO-1") == "4006381333931")
        #expect(run.attribute("price", of: "SO-2") == "49 USD", "the first offer")
        #expect(run.product("SO-2")?.images.map(\.value) == ["https://cdn.example/so-2.jpg"], "an ImageObject's url")
    }

    @Test func jsonLDKeywordsAreNotColumnsButUnusedMembersAreNamed() throws {
        let run = FeedFixture.read(schemaOrg)
        let unknown = run.diagnostics(.feedUnknownColumns).map(\.message)
        #expect(!unknown.contains { $0.contains("@") })
        #expect(unknown.contains { $0.contains("'aggregateRating.ratingValue'") })
        #expect(!unknown.contains { $0.contains("priceCurrency") }, "the currency is taken into the price")
    }

    /// The user's mapping outranks a default column for the same field even when the column it
    /// names is itself a default name (`name` is a default title column, ranked after `title`).
    @Test func aUserMappedDefaultNameBeatsTheOtherDefaults() throws {
        let mapping = FeedMapping(columns: [(Located("name", at: SourceLocation(file: "test")), .title)])
        let run = FeedFixture.read(retail, mapping: mapping)
        #expect(run.product("RA-1")?.title?.value.hasSuffix("/products/RA-1") == true)
    }

    @Test func aUserMappingNamesADottedPath() throws {
        let mapping = FeedMapping(columns: [(Located("priceInfo.originalPrice", at: SourceLocation(file: "test")), .price)])
        let run = FeedFixture.read(retail, mapping: mapping)
        #expect(run.attribute("price", of: "RA-1") == "15 USD", "the user's column wins over the default")
    }
}
