import BrandDiagnostics
import BrandDriver
import BrandModel
import BrandSchema
import Foundation

/// Hover: the diagnostic under the cursor, the meaning of a key, a colour's swatch, a locale's
/// script and direction, and the tokens a guide section takes.
extension LanguageServer {
    func hover(_ document: OpenDocument, _ params: JSON) -> JSON {
        let (line, character) = Self.position(params)
        var parts: [String] = []
        for diagnostic in published[document.uri] ?? [] where Self.covers(diagnostic, line: line, character: character, in: document) {
            parts.append(Self.describe(diagnostic.code))
        }
        let text = document.lines.line(line)
        let cursor = TextLines.index(in: text, character: character)
        let word = String(Self.word(in: text, at: cursor))
        if let outline = Self.outline(document, line: line, character: character) {
            parts += describeKey(outline, in: document)
        }
        if let color = Self.hexColor(in: text, around: cursor) {
            let name = guide(for: document)?.colors.first { $0.hex.value == color.hex }?.name?.value
            parts.append(Self.swatch(color.hex, name: name))
        }
        if let code = Driver.code(named: word), !parts.contains(where: { $0.contains("**\(code.id)") }) {
            parts.append(Self.describe(code))
        }
        guard !parts.isEmpty else { return .null }
        return ["contents": ["kind": "markdown", "value": .string(parts.joined(separator: "\n\n---\n\n"))]]
    }

    func describeKey(_ outline: YAMLOutline, in document: OpenDocument) -> [String] {
        guard outline.onKey, let key = outline.key, let root = Self.rootShape(document.kind) else { return [] }
        var parts: [String] = []
        let path = outline.path
        if let declaration = ShapeNavigator.declaration(at: path, in: root) {
            parts.append("**\(key)**: \(declaration.summary)")
        }
        if document.kind == .guide, path.count == 1, let guide = guide(for: document) {
            let section = key == "colors" ? "palette" : key
            let (sections, method) = editingDriver.sectionTokens(of: guide)
            if let tokens = sections.first(where: { $0.section == section })?.tokens {
                parts.append("The \(section) section takes **\(tokens) tokens** of every request's system instruction (\(method)).")
            }
        }
        if path.count == 2, path[0] == "locales" || path[0] == "copy", let tag = LanguageTag(key) {
            let declared = document.kind == .guide ? guide(for: document)?.locales.first { $0.tag.value == key } : nil
            let script = declared?.script?.value ?? tag.script ?? ScriptCode.defaultScript(forLanguage: tag.language, region: tag.region)
            let direction = declared?.direction?.value ?? (script.map(ScriptCode.isRightToLeft) == true ? "rtl" : "ltr")
            parts.append("Locale **\(tag.canonical)**: script \(script ?? "unknown"), direction \(direction)"
                + (declared?.script == nil ? " (the language's usual script)" : ""))
        }
        if path.count == 2, path[0] == "colors", document.kind == .guide,
            let color = guide(for: document)?.colors.first(where: { $0.key.value == key })
        {
            parts.append(Self.swatch(color.hex.value, name: color.name?.value, role: color.role?.value))
        }
        if path.count == 2, path[0] == "typography" || path[0] == "rules" {
            if let code = Driver.code(named: key) { parts.append(Self.describe(code)) }
        }
        return parts
    }

    static func describe(_ code: DiagnosticCode) -> String {
        "**\(code.id) \(code.name)** (\(code.defaultSeverity.rawValue) by default): \(code.summary)\n\n`brandc explain \(code.id)`"
    }

    static func covers(_ diagnostic: Diagnostic, line: Int, character: Int, in document: OpenDocument) -> Bool {
        let range = document.lines.lspRange(diagnostic.location?.range)
        guard let startLine = range["start"]?["line"]?.int, let startCharacter = range["start"]?["character"]?.int,
            let endLine = range["end"]?["line"]?.int, let endCharacter = range["end"]?["character"]?.int
        else { return false }
        let afterStart = line > startLine || line == startLine && character >= startCharacter
        let beforeEnd = line < endLine || line == endLine && character <= endCharacter
        return afterStart && beforeEnd
    }

    /// A `#RGB` or `#RRGGBB` colour on the line that the cursor touches (or the line's only one).
    static func hexColor(in line: Substring, around cursor: Substring.Index) -> (hex: String, range: Range<Substring.Index>)? {
        let colors = hexColors(in: line)
        return colors.first { $0.range.contains(cursor) || $0.range.upperBound == cursor } ?? (colors.count == 1 ? colors[0] : nil)
    }

    /// Every hex colour on a line, canonical (`#RRGGBB`).
    static func hexColors(in line: Substring) -> [(hex: String, range: Range<Substring.Index>)] {
        var found: [(String, Range<Substring.Index>)] = []
        var index = line.startIndex
        while let hash = line[index...].firstIndex(of: "#") {
            var end = line.index(after: hash)
            while end < line.endIndex, line[end].isHexDigit { end = line.index(after: end) }
            let digits = line.distance(from: hash, to: end) - 1
            let boundary = end == line.endIndex || !(line[end].isLetter || line[end].isNumber)
            if (digits == 3 || digits == 6), boundary, case .success(let hex) = HexColor.normalize(String(line[hash..<end])) {
                found.append((hex, hash..<end))
            }
            index = end
        }
        return found
    }

    /// Markdown showing a colour: a swatch image, its name and its sRGB values.
    static func swatch(_ hex: String, name: String?, role: String? = nil) -> String {
        let svg = "<svg xmlns='http://www.w3.org/2000/svg' width='64' height='20'><rect width='64' height='20' rx='3' fill='\(hex)'/></svg>"
        let image = "![\(hex)](data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString()))"
        let rgb = rgbComponents(hex).map { "rgb(\($0.0), \($0.1), \($0.2))" } ?? ""
        let title = [name.map { "**\($0)**" }, "`\(hex)`", rgb.isEmpty ? nil : rgb, role.map { "role: \($0)" }]
            .compactMap { $0 }.joined(separator: " · ")
        return image + " " + title
    }

    static func rgbComponents(_ hex: String) -> (Int, Int, Int)? {
        guard hex.count == 7, let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        return (value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF)
    }
}
