import Foundation

extension FeedText {
    private static let blockTags: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section",
        "article", "blockquote", "hr", "dd", "dt",
    ]
    private static let hiddenTags: Set<String> = ["script", "style", "head", "template"]

    /// Plain text from an HTML fragment (Shopify's `Body (HTML)`): tags dropped, block elements
    /// (`<p>`, `<br>`, `<li>`…) end a line, `<script>` and `<style>` content dropped, HTML's own
    /// whitespace (space, tab, CR, LF) collapsed, references decoded once, then NFC. U+2028 is text
    /// to HTML, so it is kept.
    static func plainFromHTML(_ html: String) -> String {
        var lines: [String] = []
        var line = ""
        var hiddenUntil: String?
        var rest = Substring(html)
        func endLine() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { lines.append(trimmed) }
            line = ""
        }
        while let open = rest.firstIndex(of: "<") {
            if hiddenUntil == nil { appendCollapsed(rest[..<open], to: &line) }
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[open...]
                break
            }
            let tag = tagName(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            if let hidden = hiddenUntil {
                if tag.name == hidden, tag.closing { hiddenUntil = nil }
                continue
            }
            if hiddenTags.contains(tag.name), !tag.closing {
                hiddenUntil = tag.name
            } else if blockTags.contains(tag.name) {
                endLine()
            }
        }
        if hiddenUntil == nil { appendCollapsed(rest, to: &line) }
        endLine()
        return decodeReferences(lines.joined(separator: "\n")).precomposedStringWithCanonicalMapping
    }

    private static func tagName(_ inside: Substring) -> (name: String, closing: Bool) {
        let closing = inside.hasPrefix("/")
        let name = inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
        return (name.lowercased(), closing)
    }

    private static func appendCollapsed(_ text: Substring, to line: inout String) {
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                if !(line.unicodeScalars.last.map { $0 == " " } ?? true) { line.unicodeScalars.append(" ") }
            } else {
                line.unicodeScalars.append(scalar)
            }
        }
    }
}
