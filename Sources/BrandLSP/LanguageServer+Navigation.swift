import BrandDiagnostics
import BrandDriver
import BrandModel
import BrandYAML
import Foundation

/// Quick fixes, go to definition, document symbols and colours.
extension LanguageServer {
    /// One quick fix per diagnostic in the request whose fix is an exact replacement.
    func codeActions(_ document: OpenDocument, _ params: JSON) -> JSON {
        var actions: [JSON] = []
        for diagnostic in params["context"]?["diagnostics"]?.array ?? [] {
            guard let fix = diagnostic["data"]?["fix"], let title = fix["title"]?.string, let uri = fix["uri"]?.string,
                let range = fix["range"], let newText = fix["newText"]?.string
            else { continue }
            actions.append([
                "title": .string(title), "kind": "quickfix", "diagnostics": [diagnostic], "isPreferred": true,
                "edit": ["changes": .object([uri: [["range": range, "newText": .string(newText)]]])],
            ])
        }
        return .array(actions)
    }

    /// `{colors.name}` goes to the palette entry (in this guide or a parent), `extends:` and other
    /// file paths to the file, `{{> partial}}` to the partial.
    func definition(_ document: OpenDocument, _ params: JSON) -> JSON {
        let (line, character) = Self.position(params)
        let text = document.lines.line(line)
        let cursor = TextLines.index(in: text, character: character)
        if let open = text[..<cursor].range(of: "{colors.", options: .backwards),
            let close = text[open.upperBound...].firstIndex(of: "}"), close >= cursor
        {
            let name = String(text[open.upperBound..<close])
            if let color = guide(for: document)?.colors.first(where: { $0.key.value == name }) {
                return location(color.key.location)
            }
        }
        if document.isTemplateBody(line), let open = text[..<cursor].range(of: "{{>", options: .backwards),
            let close = text[open.upperBound...].range(of: "}}")
        {
            let name = text[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            let partial = FilePath.resolve("partials/\(name).mustache", against: document.path)
            if overlay.fileExists(partial) { return Self.fileStart(partial) }
        }
        let shape = YAMLOutline.shape(Substring(text))
        if let value = shape.value {
            let candidates = [String(value)] + value.split(whereSeparator: { "[], ".contains($0) }).map(String.init)
            for candidate in candidates {
                let cleaned = candidate.trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
                guard !cleaned.isEmpty, !FilePath.isURL(cleaned) else { continue }
                let file = FilePath.resolve(cleaned, against: document.path)
                if overlay.fileExists(file), file != document.path { return Self.fileStart(file) }
            }
        }
        return .null
    }

    func location(_ location: SourceLocation) -> JSON {
        let lines = readText(location.file).map(TextLines.init) ?? TextLines("")
        return ["uri": .string(DocumentURI.uri(location.file)), "range": lines.lspRange(location.range)]
    }

    static func fileStart(_ path: String) -> JSON {
        ["uri": .string(DocumentURI.uri(path)), "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]]
    }

    /// The document's keys as a tree; a template adds its body.
    func documentSymbols(_ document: OpenDocument) -> JSON {
        var sink = DiagnosticSink()
        var header = document.text
        if document.kind == .template, let end = document.frontMatterEnd {
            header = document.lines.lines[..<end].joined(separator: "\n")
        } else if document.kind == .template {
            header = ""
        }
        var symbols: [JSON] = []
        if let root = YAMLLoader(limits: driver.config.limits).loadSingle(SourceFile(path: document.path, text: header), diagnostics: &sink)?.root {
            symbols = Self.symbols(of: root, lines: document.lines, depth: 0)
        }
        if let end = document.frontMatterEnd, end + 1 < document.lines.lines.count {
            let last = document.lines.lines.count - 1
            let range: JSON = ["start": ["line": .number(Double(end + 1)), "character": 0],
                               "end": ["line": .number(Double(last)), "character": .number(Double(document.lines.line(last).utf16.count))]]
            symbols.append(["name": "body", "detail": "Mustache prompt", "kind": 2, "range": range, "selectionRange": range])
        }
        return .array(symbols)
    }

    static func symbols(of node: YAMLNode, lines: TextLines, depth: Int) -> [JSON] {
        guard depth < 32 else { return [] }
        if let pairs = node.mapping {
            return pairs.map { pair in
                symbol(pair.key.scalar?.text ?? "?", value: pair.value, keyRange: pair.key.range, lines: lines, depth: depth)
            }
        }
        if let items = node.sequence {
            return items.enumerated().map { index, item in
                symbol("[\(index)]", value: item, keyRange: item.range, lines: lines, depth: depth)
            }
        }
        return []
    }

    static func symbol(_ name: String, value: YAMLNode, keyRange: SourceRange, lines: TextLines, depth: Int) -> JSON {
        let kind: Int
        var detail: String?
        if value.mapping != nil { kind = 19 } else if value.sequence != nil { kind = 18 } else {
            switch value.scalar?.value {
            case .int?, .float?: kind = 16
            case .bool?: kind = 17
            default: kind = 15
            }
            detail = value.scalar.map { String($0.text.prefix(60)) }
        }
        let full = SourceRange(start: keyRange.start, end: max(keyRange.end, value.range.end))
        var symbol: [String: JSON] = [
            "name": .string(name.isEmpty ? "\"\"" : name), "kind": .number(Double(kind)),
            "range": lines.lspRange(full), "selectionRange": lines.lspRange(keyRange),
        ]
        if let detail { symbol["detail"] = .string(detail) }
        let children = symbols(of: value, lines: lines, depth: depth + 1)
        if !children.isEmpty { symbol["children"] = .array(children) }
        return .object(symbol)
    }

    /// Every hex colour in the document, for the editor's swatches and colour picker.
    func documentColors(_ document: OpenDocument) -> JSON {
        var colors: [JSON] = []
        for index in document.lines.lines.indices {
            let line = document.lines.line(index)
            for color in Self.hexColors(in: line) {
                guard let (red, green, blue) = Self.rgbComponents(color.hex) else { continue }
                colors.append([
                    "range": document.lines.range(line: index, from: color.range.lowerBound, to: color.range.upperBound),
                    "color": ["red": .number(Double(red) / 255), "green": .number(Double(green) / 255),
                              "blue": .number(Double(blue) / 255), "alpha": 1],
                ])
            }
        }
        return .array(colors)
    }

    /// A picked colour written as brandc writes colours: `#RRGGBB`.
    func colorPresentations(_ params: JSON) -> JSON {
        func channel(_ name: String) -> Int {
            guard case .number(let value)? = params["color"]?[name] else { return 0 }
            return min(255, max(0, Int((value * 255).rounded())))
        }
        let hex = String(format: "#%02X%02X%02X", channel("red"), channel("green"), channel("blue"))
        return [["label": .string(hex), "textEdit": ["range": params["range"] ?? .null, "newText": .string(hex)]]]
    }
}
