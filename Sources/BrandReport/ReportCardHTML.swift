import Foundation

/// One card's markup. Everything taken from the inputs goes through `HTMLText`; font names also
/// through `CSSFontName`, so a brand font cannot close the style attribute's declaration.
struct ReportCardHTML {
    let card: ReportCard
    let hidden: Bool
    let checksRan: Bool

    func append(to out: inout String) {
        out += "<article class=\"card\" id=\"card-"
        HTMLText.append(card.name, to: &out)
        out += "\""
        attribute("data-locale", card.locale ?? "", &out)
        attribute("data-template", card.template ?? "", &out)
        attribute("data-route", card.route ?? "", &out)
        attribute("data-status", card.status.rawValue, &out)
        attribute("data-findings", Array(Set(card.findings.map(\.code))).sorted().joined(separator: " "), &out)
        out += hidden ? " hidden>\n" : ">\n"
        out += "<h3>"
        HTMLText.append(card.product, to: &out)
        out += "<small>"
        HTMLText.append([card.locale, card.template].compactMap { $0 }.joined(separator: " · "), to: &out)
        out += "</small></h3>\n"
        figure(&out)
        facts(&out)
        budget(&out)
        textBlocks(&out)
        prompt(&out)
        findings(&out)
        links(&out)
        out += "</article>\n"
    }

    func attribute(_ name: String, _ value: String, _ out: inout String) {
        out += " \(name)=\""
        HTMLText.append(value, to: &out)
        out += "\""
    }

    var altText: String {
        if let caption = card.caption?.trimmingCharacters(in: .whitespacesAndNewlines), !caption.isEmpty { return caption }
        return "Generated image for \(card.product)" + (card.locale.map { " (\($0))" } ?? "")
    }

    func figure(_ out: inout String) {
        out += "<figure>"
        if let image = card.image {
            out += "<a href=\""
            HTMLText.append(ReportLink.href(image), to: &out)
            out += "\"><img loading=\"lazy\" decoding=\"async\" src=\""
            HTMLText.append(ReportLink.href(card.thumbnail ?? image), to: &out)
            out += "\" alt=\""
            HTMLText.append(altText, to: &out)
            out += "\"></a>"
        } else {
            out += "<p class=\"missing\">"
            HTMLText.append(card.status == .failed ? "no image: \(card.failureReason ?? "failed")" : "no image (\(card.status.rawValue))", to: &out)
            out += "</p>"
        }
        out += "</figure>\n"
    }

    func facts(_ out: inout String) {
        var rows: [(String, String)] = [("status", card.status.rawValue)]
        if let route = card.route { rows.append(("route", route)) }
        if let model = card.model { rows.append(("model", model)) }
        if let cost = card.cost { rows.append(("cost", ReportNumber.dollars(cost) + (card.costIsEstimate ? " (estimate)" : ""))) }
        if card.inputTokens != nil || card.outputTokens != nil {
            rows.append(("tokens", "\(card.inputTokens.map { "\($0)" } ?? "?") in / \(card.outputTokens.map { "\($0)" } ?? "?") out"))
        }
        if let attempts = card.attempts, attempts > 1 { rows.append(("attempts", "\(attempts)")) }
        if let reason = card.failureReason { rows.append(("failure", reason)) }
        out += "<dl class=\"facts\">"
        for (label, value) in rows {
            out += "<dt>\(label)</dt><dd\(label == "failure" ? " class=\"failed\"" : "")>"
            HTMLText.append(value, to: &out)
            out += "</dd>"
        }
        out += "</dl>\n"
    }

    func budget(_ out: inout String) {
        guard let budget = card.budget else { return }
        let label = "budget: \(budget.used) of \(budget.available) tokens (\(ReportNumber.percent(budget.fraction)))"
        out += "<label class=\"budget\">\(label)<meter min=\"0\" max=\"\(budget.available)\" low=\"\(budget.available * 3 / 4)\" "
            + "high=\"\(budget.available * 9 / 10)\" optimum=\"0\" value=\"\(budget.used)\">\(label)</meter></label>\n"
    }

    func textBlocks(_ out: inout String) {
        guard !card.textBlocks.isEmpty else { return }
        out += "<ul class=\"blocks\" aria-label=\"Text blocks\">\n"
        for block in card.textBlocks {
            out += "<li"
            if block.layout == "vertical" { out += " class=\"vertical\"" }
            attribute("lang", block.language, &out)
            attribute("dir", block.direction == "rtl" ? "rtl" : "ltr", &out)
            attribute("data-script", block.script, &out)
            if let font = block.font.flatMap(CSSFontName.sanitized) {
                attribute("style", "font-family:\"\(font)\",system-ui,sans-serif", &out)
            }
            out += "><span class=\"role\">"
            HTMLText.append(block.role + (block.font.map { " · \($0)" } ?? ""), to: &out)
            out += "</span><span class=\"text\">"
            HTMLText.append(block.text, to: &out)
            out += "</span></li>\n"
        }
        out += "</ul>\n"
    }

    func prompt(_ out: inout String) {
        guard let prompt = card.prompt else { return }
        out += "<details><summary>Prompt</summary><pre>"
        HTMLText.append(prompt, to: &out)
        out += "</pre>"
        if let index = card.brandRulesIndex { out += "<a href=\"#rules-\(index + 1)\">brand rules \(index + 1)</a>" }
        out += "</details>\n"
    }

    func findings(_ out: inout String) {
        guard checksRan else { return }
        guard !card.findings.isEmpty else {
            out += "<p class=\"note\">image checks: no findings</p>\n"
            return
        }
        out += "<ul class=\"findings\" aria-label=\"Findings\">"
        for finding in card.findings {
            out += "<li class=\""
            HTMLText.append(finding.severity, to: &out)
            out += "\">"
            HTMLText.append("\(finding.code) (\(finding.severity)): \(finding.message)", to: &out)
            out += "</li>"
        }
        out += "</ul>\n"
    }

    func links(_ out: inout String) {
        let links = [("full image", card.image), ("request", card.requestFile), ("response", card.responseFile)]
        guard links.contains(where: { $0.1 != nil }) else { return }
        out += "<p class=\"links\">"
        for (label, target) in links {
            guard let target else { continue }
            out += "<a href=\""
            HTMLText.append(ReportLink.href(target), to: &out)
            out += "\">\(label)</a>"
        }
        out += "</p>\n"
    }
}

/// A font family name as CSS may quote it: letters, digits, spaces, `-` and `_` only.
enum CSSFontName {
    static func sanitized(_ name: String) -> String? {
        let kept = String(name.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil || " -_".unicodeScalars.contains($0) })
        let trimmed = kept.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// Relative links to files: each path segment percent-encoded, so `#`, `?` or spaces in a product
/// id stay part of the file name.
enum ReportLink {
    static func href(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment == ".." || segment == "." ? String(segment)
                : String(segment).addingPercentEncoding(withAllowedCharacters: allowed) ?? String(segment)
        }.joined(separator: "/")
    }

    static let allowed: CharacterSet = {
        CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    }()
}
