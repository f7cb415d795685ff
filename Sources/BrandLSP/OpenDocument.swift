/// A document the client has open: its latest text, and what brandc makes of it.
public struct OpenDocument: Sendable {
    public enum Kind: Sendable, Equatable {
        case guide, product, template, config, other
    }

    public var uri: String
    public var path: String
    public var version: Int
    public var text: String
    public var lines: TextLines

    public init(uri: String, path: String, version: Int, text: String) {
        self.uri = uri
        self.path = path
        self.version = version
        self.text = text
        lines = TextLines(text)
    }

    public var kind: Kind {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".mustache") { return .template }
        if name == "brandc.yaml" || name == "brandc.yml" { return .config }
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml"), name != "_brand.yml", name != "_brand.yaml" else { return .other }
        let topKeys = Set(lines.lines.compactMap { line -> String? in
            guard let first = line.first, first != " ", first != "#", first != "-" else { return nil }
            return YAMLOutline.shape(line).key
        })
        if topKeys.contains("id"), !topKeys.contains("identity") { return .product }
        if topKeys.contains("routes") || topKeys.contains("meta") { return .other }
        return .guide
    }

    /// The lines the YAML features work on: a template's front matter (the body blanked), or all.
    public var yamlLines: [Substring] {
        guard kind == .template else { return lines.lines.map { $0.last == "\r" ? $0.dropLast() : $0 } }
        var result: [Substring] = []
        var inHeader = false
        for (index, line) in lines.lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: [" ", "\r"])
            if index == 0, trimmed == "---" {
                inHeader = true
                result.append("")
            } else if inHeader, trimmed == "---" {
                inHeader = false
                result.append("")
            } else {
                result.append(inHeader ? line : "")
            }
        }
        return result
    }

    /// The 0-based line of the `---` that closes a template's front matter.
    public var frontMatterEnd: Int? {
        guard kind == .template, lines.line(0).trimmingCharacters(in: [" "]) == "---" else { return nil }
        return (1..<max(1, lines.lines.count)).first { lines.line($0).trimmingCharacters(in: [" "]) == "---" }
    }

    /// Whether a 0-based line is in a template's Mustache body.
    public func isTemplateBody(_ line: Int) -> Bool {
        guard kind == .template else { return false }
        return line > (frontMatterEnd ?? -1)
    }
}
