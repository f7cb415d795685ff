import BrandDiagnostics
import BrandFeeds
import Foundation
import Testing

/// Google Merchant Center XML feeds (RSS 2.0 and Atom with the `g:` namespace), issue 16.
struct XMLFeedTests {
    let rss = FeedFixture.path("merchant-center.xml")
    let atom = FeedFixture.path("merchant-center-atom.xml")

    @Test func readsRSSItemsWithTheSameColumnsAsTheCSVDialect() throws {
        let run = FeedFixture.read(rss)
        #expect(run.products.map(\.id.value) == ["NW-XML-1", "NW-XML-2", "NW-XML-3", "NW-XML-4"])
        let jacket = try #require(run.product("NW-XML-1"))
        #expect(jacket.title?.value == "Trail Shell Jacket 26\" back", "RSS's own <title>, kept as written")
        #expect(jacket.description?.value == "A 3-layer shell & pit zips.", "CDATA, entities decoded once")
        #expect(jacket.brand?.value == "Northwind")
        #expect(jacket.images.map(\.value) == [
            "https://cdn.example/x1.jpg", "https://cdn.example/x1-b.jpg", "https://cdn.example/x1-c.jpg",
        ])
        #expect(run.attribute("link", of: "NW-XML-1") == "https://shop.example/p/nw-xml-1")
        #expect(run.attribute("availability", of: "NW-XML-1") == "in_stock")
        #expect(run.attribute("sale_price", of: "NW-XML-1") == "99.00 USD")
        #expect(run.attribute("google_product_category", of: "NW-XML-1") == "Apparel & Accessories")
        #expect(run.product("NW-XML-2")?.title?.value == "Ночник «Луна»")
    }

    /// feed-facts.md: "a `g:price` can also appear nested inside `g:shipping`: read the item's own child".
    @Test func theItemsOwnPriceWinsOverTheShippingPrice() throws {
        let run = FeedFixture.read(rss)
        #expect(run.attribute("price", of: "NW-XML-1") == "129.00 USD")
        let unknown = run.diagnostics(.feedUnknownColumns).map(\.message)
        #expect(unknown.contains { $0.contains("'shipping.price'") }, "the nested price is its own column")
        #expect(unknown.contains { $0.contains("'c:fit_note'") }, "another namespace keeps its prefix")
        #expect(unknown.filter { $0.contains("'shipping.country'") }.count == 1, "each unknown column once")
    }

    @Test func diagnosticsPointAtTheElementEvenOnAMinifiedLine() throws {
        let run = FeedFixture.read(rss)
        let prices = run.diagnostics(.feedBadPrice)
        #expect(prices.count == 2)
        let twelve = try #require(prices.first { $0.message.contains("twelve") })
        let expected = try #require(FeedFixture.position(of: "twelve", in: rss))
        #expect(twelve.line == expected.line)
        #expect(twelve.column == expected.column)
        let minified = try #require(prices.first { $0.message.contains("bad-price") })
        let expectedMinified = try #require(FeedFixture.position(of: "bad-price", in: rss))
        #expect(minified.line == expectedMinified.line)
        #expect(minified.column == expectedMinified.column, "the fourth item shares its line with the third")
        let missing = try #require(run.diagnostics(.feedMissingID).first)
        #expect(missing.line == FeedFixture.position(of: "<item><g:title>No id", in: rss)?.line)
        #expect(run.summary.rowsRead == 5)
        #expect(run.summary.rowsSkipped == 1)
    }

    @Test func readsAtomEntriesAndTheirLinkHref() throws {
        let run = FeedFixture.read(atom)
        #expect(run.products.map(\.id.value) == ["AT-1", "AT-2"])
        #expect(run.attribute("link", of: "AT-1") == "https://shop.example/p/at-1")
        #expect(run.product("AT-1")?.description?.value == "Battery lantern")
        #expect(run.attribute("price", of: "AT-2") == "30 SAR")
        #expect(run.product("AT-2")?.title?.value == "مصباح")
        #expect(run.diagnostics.allSatisfy { $0.severity != .error })
    }

    @Test func xmlIsSniffedFromItsFirstByteWhateverTheName() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-feed-\(UUID().uuidString).txt")
        try FileManager.default.copyItem(atPath: rss, toPath: url.path)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(FeedFixture.read(url.path).products.count == 4, "never read as a one-column CSV")
    }

    @Test func anHTMLPageOrAnotherXMLDocumentIsNamedAsSuch() throws {
        let page = FeedFixture.read(FeedFixture.path("html-page.xml"))
        let refusal = try #require(page.diagnostics(.feedNotAFeed).first)
        #expect(refusal.message.contains("HTML page"))
        #expect(refusal.line == 2)
        #expect(page.products.isEmpty)

        let other = try temporaryFeed("<?xml version=\"1.0\"?>\n<urlset><url><loc>https://x.example</loc></url></urlset>\n")
        defer { try? FileManager.default.removeItem(atPath: other) }
        let sitemap = FeedFixture.read(other)
        #expect(sitemap.diagnostics(.feedNotAFeed).first?.message.contains("<urlset>") == true)
    }

    /// libxml2 parses ahead of the item it hands out, so the items within its last chunk before
    /// the error are lost with it; everything before that is read, and the error says where.
    @Test func aMalformedFeedKeepsTheItemsBeforeTheErrorAndSaysWhere() throws {
        var text = "<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel>\n"
        for index in 1...300 { text += "<item><g:id>OK-\(index)</g:id><g:title>Fine</g:title></item>\n" }
        text += "<item><g:id>BAD</g:id><g:title>Broken</g:titel></item>\n"
        text += "<item><g:id>LOST</g:id><g:title>After</g:title></item>\n</channel></rss>\n"
        let path = try temporaryFeed(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = FeedFixture.read(path)
        let ids = run.products.map(\.id.value)
        #expect(ids.count >= 250, "read \(ids.count) of the 300 items before the error")
        #expect(ids == (1...ids.count).map { "OK-\($0)" })
        let error = try #require(run.diagnostics(.feedBadRow).first)
        #expect(error.line == 302)
        #expect(error.message.contains("not well-formed XML"))
        #expect(error.message.contains("not read"))
    }

    /// Entities are not substituted, and libxml2 refuses a "billion laughs" document at once: one
    /// located error, no expansion, no hang.
    @Test func entityExpansionIsRefused() throws {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a0 \"laugh\">\n"
        for level in 1...9 { text += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">\n" }
        text += "]>\n<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel><item><g:id>E-1</g:id><g:title>&a9;</g:title></item></channel></rss>\n"
        let path = try temporaryFeed(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = FeedFixture.read(path)
        #expect(run.products.allSatisfy { ($0.title?.value.count ?? 0) < 1000 })
        #expect(run.diagnostics(.feedBadRow).first?.message.contains("entity") == true)
    }

    @Test func shardsSplitXMLItemsLikeAnyFeed() throws {
        let first = FeedFixture.read(rss, shard: try Shard(parsing: "1/2"))
        let second = FeedFixture.read(rss, shard: try Shard(parsing: "2/2"))
        let ids = (first.products + second.products).map(\.id.value).sorted()
        #expect(ids == ["NW-XML-1", "NW-XML-2", "NW-XML-3", "NW-XML-4"])
        #expect(Set(first.products.map(\.id.value)).isDisjoint(with: second.products.map(\.id.value)))
    }

    @Test func aLargeXMLFeedStreamsEveryItem() throws {
        let items = 20_000
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\"><channel>\n"
        for index in 0..<items {
            text += "<item><g:id>X-\(index)</g:id><g:title>ジャケット \(index)</g:title><g:price>\(index % 90 + 10).00 USD</g:price></item>\n"
        }
        text += "</channel></rss>\n"
        let path = try temporaryFeed(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var iterator = FeedReader(path: path).makeIterator()
        var count = 0
        var lastLine = 0
        while let item = iterator.next() {
            guard let product = item.product else { continue }
            #expect(product.id.value == "X-\(count)")
            lastLine = product.id.location.range?.start.line ?? 0
            count += 1
        }
        #expect(count == items)
        #expect(lastLine == items + 2, "item N sits on line N + 2")
    }

    private func temporaryFeed(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-feed-\(UUID().uuidString).xml")
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
