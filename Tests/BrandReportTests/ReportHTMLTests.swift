import Foundation
import Testing
@testable import BrandReport

@Suite struct ReportHTMLTests {
    static func card(_ name: String, product: String = "tin", locale: String = "ja", status: ReportCard.Status = .succeeded) -> ReportCard {
        var card = ReportCard(name: name, product: product, status: status)
        card.locale = locale
        card.template = "campaign-hero"
        card.route = "google/nano-banana-2"
        card.image = "../\(name).png"
        card.cost = 0.067
        return card
    }

    @Test func inputTextIsEscapedEverywhere() {
        let hostile = "<script>window.__pwned=1</script>\"' onload=\"x"
        var card = Self.card("a", product: hostile)
        card.prompt = hostile
        card.caption = hostile
        card.locale = hostile
        card.textBlocks = [ReportTextBlock(role: hostile, text: hostile, language: "en", script: "Latn", direction: "ltr",
                                           font: "Evil\"; background:url(http://example.com/x)")]
        card.findings = [ReportFinding(code: hostile, severity: "error", message: hostile)]
        let html = ReportHTMLWriter().html(ReportDocument(title: hostile, cards: [card], brandRules: [hostile], checksRan: true))
        #expect(!html.contains("<script>window"))
        #expect(!html.contains("\" onload="))
        #expect(html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;&quot;&#39; onload=&quot;x"))
        // The font cannot leave its declaration: no url(, no quote, no semicolon survives.
        #expect(html.contains("font-family:&quot;Evil backgroundurlhttpexamplecomx&quot;"))
        let styles = html.components(separatedBy: " style=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(styles.count == 1 && styles.allSatisfy { !$0.contains("(") })
        // Exactly one script element: the page's own.
        #expect(html.components(separatedBy: "<script>").count == 2)
    }

    @Test func sameDocumentSameBytes() {
        let document = ReportDocument(title: "t", cards: (0..<130).map { Self.card("c\($0)") })
        #expect(ReportHTMLWriter().html(document) == ReportHTMLWriter().html(document))
    }

    @Test func cardsBeyondTheFirstPageStartHidden() {
        let document = ReportDocument(title: "t", cards: (0..<130).map { Self.card(String(format: "c%03d", $0)) })
        let html = ReportHTMLWriter().html(document)
        #expect(html.components(separatedBy: "<article class=\"card\"").count - 1 == 130)
        #expect(html.components(separatedBy: " hidden>\n").count - 1 == 70)
        #expect(html.contains("130 requests, page 1 of 3"))
    }

    @Test func noExternalReferences() {
        var card = Self.card("a")
        card.textBlocks = [ReportTextBlock(role: "headline", text: "新茶", language: "ja", script: "Jpan", direction: "ltr", font: "Noto Sans JP")]
        let html = ReportHTMLWriter().html(ReportDocument(title: "t", cards: [card]))
        for pattern in ["http://", "https://", "//fonts", "@import", "<link"] {
            #expect(!html.contains(pattern), "\(pattern)")
        }
        #expect(html.contains("default-src 'none'"))
    }

    @Test func textBlocksCarryScriptDirectionAndFont() {
        var card = Self.card("a", locale: "ar")
        card.textBlocks = [
            ReportTextBlock(role: "headline", text: "شاي أخضر", language: "ar", script: "Arab", direction: "rtl", font: "Noto Naskh Arabic"),
            ReportTextBlock(role: "tagline", text: "新茶", language: "ja", script: "Jpan", direction: "ltr", layout: "vertical"),
        ]
        let html = ReportHTMLWriter().html(ReportDocument(title: "t", cards: [card]))
        #expect(html.contains("<li lang=\"ar\" dir=\"rtl\" data-script=\"Arab\" style=\"font-family:&quot;Noto Naskh Arabic&quot;,system-ui,sans-serif\">"))
        #expect(html.contains("<li class=\"vertical\" lang=\"ja\" dir=\"ltr\" data-script=\"Jpan\">"))
    }

    @Test func altTextComesFromTheCaptionElseTheProduct() {
        var captioned = Self.card("a")
        captioned.caption = "A green tea tin on washi paper.\n"
        let plain = Self.card("b", product: "beanie", locale: "de")
        let html = ReportHTMLWriter().html(ReportDocument(title: "t", cards: [captioned, plain]))
        #expect(html.contains("alt=\"A green tea tin on washi paper.\""))
        #expect(html.contains("alt=\"Generated image for beanie (de)\""))
    }

    @Test func totalsCountImagesFailuresRetriesAndSpend() {
        var ok = Self.card("a")
        ok.attempts = 3
        ok.inputTokens = 100
        ok.outputTokens = 1290
        var failed = Self.card("b", status: .failed)
        failed.image = nil
        failed.cost = nil
        failed.attempts = 1
        var estimated = Self.card("c", status: .compiled)
        estimated.image = nil
        estimated.costIsEstimate = true
        let totals = ReportTotals([ok, failed, estimated])
        #expect(totals.requests == 3)
        #expect(totals.images == 1)
        #expect(totals.failures == 1)
        #expect(totals.retries == 2)
        #expect(abs(totals.spent - 0.067) < 1e-9)
        #expect(abs(totals.estimated - 0.067) < 1e-9)
        #expect(totals.inputTokens == 100 && totals.outputTokens == 1290)
    }

    @Test func findingsOnlyWhenChecksRan() {
        var card = Self.card("a")
        card.findings = [ReportFinding(code: "I101", severity: "warning", message: "text unreadable")]
        let without = ReportHTMLWriter().html(ReportDocument(title: "t", cards: [card], checksRan: false))
        #expect(without.contains("no checks run"))
        #expect(!without.contains("text unreadable"))
        let with = ReportHTMLWriter().html(ReportDocument(title: "t", cards: [card], checksRan: true))
        #expect(with.contains("I101 (warning): text unreadable"))
        #expect(with.contains("data-findings=\"I101\""))
        #expect(with.contains("<option>I101</option>"))
    }

    @Test func linksArePercentEncodedPerSegment() {
        #expect(ReportLink.href("../a b#1?.png") == "../a%20b%231%3F.png")
        #expect(ReportLink.href("requests/新茶.json") == "requests/%E6%96%B0%E8%8C%B6.json")
    }
}
