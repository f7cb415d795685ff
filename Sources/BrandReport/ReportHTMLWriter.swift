import Foundation

/// Writes a `ReportDocument` as one self-contained HTML page: inline style and script, no fonts,
/// scripts or images from anywhere but the build folder (a Content-Security-Policy says so to the
/// browser too). The same document always gives the same bytes: no dates, cards in name order,
/// numbers in a fixed format.
public struct ReportHTMLWriter: Sendable {
    /// Cards per page; the rest are in the page but hidden until paged or filtered to.
    public var pageSize = 60

    public init() {}

    public func html(_ document: ReportDocument) -> String {
        var out = ""
        out.reserveCapacity(4096 + document.cards.count * 3072)
        out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' file: data:; "
            + "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
        out += "<title>"
        HTMLText.append(document.title, to: &out)
        out += "</title>\n<style>\n" + ReportPageStyle.css + "\n</style>\n</head>\n<body>\n<header>\n<h1>"
        HTMLText.append(document.title, to: &out)
        out += "</h1>\n"
        totals(document, into: &out)
        for note in document.notes {
            out += "<p class=\"note\">"
            HTMLText.append(note, to: &out)
            out += "</p>\n"
        }
        out += "</header>\n"
        controls(document, into: &out)
        out += "<main id=\"cards\" data-page-size=\"\(pageSize)\" aria-label=\"Requests\">\n"
        for (index, card) in document.cards.enumerated() {
            ReportCardHTML(card: card, hidden: index >= pageSize, checksRan: document.checksRan).append(to: &out)
        }
        out += "</main>\n"
        brandRules(document.brandRules, into: &out)
        out += "<script>\n" + ReportPageStyle.script + "\n</script>\n</body>\n</html>\n"
        return out
    }

    func totals(_ document: ReportDocument, into out: inout String) {
        let totals = document.totals
        var items: [(String, String)] = [
            ("requests", "\(totals.requests)"), ("images", "\(totals.images)"), ("failures", "\(totals.failures)"),
            ("retries", "\(totals.retries)"), ("spent", ReportNumber.dollars(totals.spent)),
        ]
        if totals.estimated > 0 { items.append(("estimated, not sent", ReportNumber.dollars(totals.estimated))) }
        items.append(("tokens in / out", "\(totals.inputTokens) / \(totals.outputTokens)"))
        items.append(("image checks", document.checksRan ? "\(totals.findings) finding(s)" : "no checks run"))
        out += "<dl class=\"totals\" id=\"totals\">\n"
        for (label, value) in items {
            out += "<div><dt>\(label)</dt><dd data-total=\"\(label)\">"
            HTMLText.append(value, to: &out)
            out += "</dd></div>\n"
        }
        out += "</dl>\n"
    }

    func controls(_ document: ReportDocument, into out: inout String) {
        func distinct(_ values: (ReportCard) -> [String]) -> [String] {
            Array(Set(document.cards.flatMap(values))).sorted()
        }
        out += "<nav class=\"controls\" aria-label=\"Filters and pages\">\n"
        select("f-locale", "Locale", options: distinct { $0.locale.map { [$0] } ?? [] }, into: &out)
        select("f-template", "Template", options: distinct { $0.template.map { [$0] } ?? [] }, into: &out)
        select("f-route", "Route", options: distinct { $0.route.map { [$0] } ?? [] }, into: &out)
        select("f-status", "Status", options: distinct { [$0.status.rawValue] }, into: &out)
        let codes = distinct { $0.findings.map(\.code) }
        out += "<label>Finding<select id=\"f-finding\"><option value=\"\">any</option>"
            + "<option value=\"with\">with findings</option><option value=\"none\">without findings</option>"
        for code in codes {
            out += "<option>"
            HTMLText.append(code, to: &out)
            out += "</option>"
        }
        out += "</select></label>\n"
        out += "<label>Group by<select id=\"f-group\"><option value=\"\">nothing</option><option value=\"locale\">locale</option>"
            + "<option value=\"template\">template</option><option value=\"route\">route</option>"
            + "<option value=\"findings\">finding</option></select></label>\n"
        out += "<button type=\"button\" id=\"prev\">Previous page</button><button type=\"button\" id=\"next\">Next page</button>\n"
        let pages = max(1, (document.cards.count + pageSize - 1) / pageSize)
        out += "<p id=\"shown\" role=\"status\">\(document.cards.count) requests, page 1 of \(pages)</p>\n</nav>\n"
    }

    func select(_ id: String, _ label: String, options: [String], into out: inout String) {
        out += "<label>\(label)<select id=\"\(id)\"><option value=\"\">all</option>"
        for option in options {
            out += "<option>"
            HTMLText.append(option, to: &out)
            out += "</option>"
        }
        out += "</select></label>\n"
    }

    func brandRules(_ rules: [String], into out: inout String) {
        guard !rules.isEmpty else { return }
        out += "<section class=\"rules\" aria-labelledby=\"rules-title\">\n<h2 id=\"rules-title\">Brand rules</h2>\n"
        for (index, rule) in rules.enumerated() {
            out += "<details id=\"rules-\(index + 1)\"><summary>Brand rules \(index + 1)</summary><pre>"
            HTMLText.append(rule, to: &out)
            out += "</pre></details>\n"
        }
        out += "</section>\n"
    }
}

/// Fixed-format numbers (POSIX, not the user's locale), so the page is the same everywhere.
enum ReportNumber {
    static func dollars(_ value: Double) -> String { String(format: "$%.4f", value) }
    static func percent(_ fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }
}
