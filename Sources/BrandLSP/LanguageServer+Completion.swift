import Foundation
import BrandAssembly
import BrandDriver
import BrandModel
import BrandSchema

/// Completion: keys valid at the cursor, their values, `{colors.…}` references, the guide's
/// locale tags and channels, model and route names, and a template's variables.
extension LanguageServer {
    enum ItemKind: Int {
        case text = 1, variable = 6, property = 10, value = 12, enumMember = 20, color = 16, reference = 18, module = 9
    }

    func completion(_ document: OpenDocument, _ params: JSON) -> JSON {
        let (line, character) = Self.position(params)
        let text = document.lines.line(line)
        let prefix = text[..<TextLines.index(in: text, character: character)]
        var items: [JSON] = []
        if let reference = prefix.range(of: "{colors.", options: .backwards), !prefix[reference.upperBound...].contains("}") {
            let typed = prefix[reference.upperBound...]
            for color in guide(for: document)?.colors ?? [] where color.key.value.hasPrefix(typed) {
                items.append(Self.item(color.key.value, .color, detail: [color.name?.value, color.hex.value].compactMap { $0 }.joined(separator: " "),
                                       insert: String(color.key.value.dropFirst(typed.count)) + "}"))
            }
            return .array(items)
        }
        if document.isTemplateBody(line) {
            return .array(templateVariables(prefix))
        }
        guard let outline = Self.outline(document, line: line, character: character), let root = Self.rootShape(document.kind) else {
            return .array([])
        }
        if outline.onKey {
            guard let parent = ShapeNavigator.shape(at: outline.parents, in: root) else { return .array([]) }
            let present = Set(siblingKeys(document.yamlLines, line: line))
            for key in ShapeNavigator.keys(of: parent) where !present.contains(key.name) {
                items.append(Self.item(key.name, .property, detail: key.summary, insert: key.name + ": "))
            }
            for name in ShapeNavigator.entryNames(of: parent) where !present.contains(name) {
                items.append(Self.item(name, .enumMember, detail: Driver.code(named: name)?.summary, insert: name + ": "))
            }
            if case .entries(.pattern(let pattern, _), _) = parent, pattern == DeclaredKeys.languageTagPattern {
                for locale in guide(for: document)?.locales ?? [] where !present.contains(locale.tag.value) {
                    items.append(Self.item(locale.tag.value, .enumMember, detail: "a locale of the brand guide", insert: locale.tag.value + ":"))
                }
            }
        } else if let key = outline.key {
            let shape = ShapeNavigator.shape(at: outline.path, in: root)
            for word in shape.map(ShapeNavigator.choices) ?? [] {
                items.append(Self.item(word, .value, detail: nil, insert: word))
            }
            items += valueSuggestions(key: key, document: document)
        }
        return .array(items)
    }

    /// Values the guide and the registry know for a key: channels, models, routes.
    func valueSuggestions(key: String, document: OpenDocument) -> [JSON] {
        switch key {
        case "channel":
            return (guide(for: document)?.channels ?? []).map { Self.item($0.name.value, .enumMember, detail: "a channel of the brand guide", insert: $0.name.value) }
        case "target":
            return driver.registry.models.map { Self.item($0.id, .module, detail: $0.family, insert: $0.id) }
        case "route":
            return driver.registry.routes.map { Self.item($0.name, .module, detail: $0.model, insert: $0.name) }
        default:
            return []
        }
    }

    /// The names a template may use after `{{` (with `#`, `^`, `/` or `{`), walking dotted paths.
    func templateVariables(_ prefix: Substring) -> [JSON] {
        guard let open = prefix.range(of: "{{", options: .backwards), !prefix[open.upperBound...].contains("}}") else { return [] }
        var typed = prefix[open.upperBound...].drop { "#^/{&> ".contains($0) }
        if typed.hasPrefix(">") { return [] }
        var shape = ContextShape.prompt
        while let dot = typed.firstIndex(of: ".") {
            guard case .map(let members) = shape, let member = members[String(typed[..<dot])] else { return [] }
            shape = member
            if case .list(let item) = shape { shape = item }
            typed = typed[typed.index(after: dot)...]
        }
        guard case .map(let members) = shape else { return [] }
        return members.keys.sorted().filter { $0.hasPrefix(typed) }.map { name in
            let detail: String
            switch members[name] {
            case .list?: detail = "a list: {{#\(name)}}…{{/\(name)}}"
            case .map?, .openMap?: detail = "a group: \(name).…"
            default: detail = "text"
            }
            return Self.item(name, .variable, detail: detail, insert: String(name.dropFirst(typed.count)))
        }
    }

    /// The keys already written beside the cursor's line (same indentation, same block).
    func siblingKeys(_ lines: [Substring], line: Int) -> [String] {
        let indent = lines[line].prefix { $0 == " " }.count
        var keys: [String] = []
        for direction in [-1, 1] {
            var index = line + direction
            while index >= 0, index < lines.count {
                let text = lines[index]
                index += direction
                if YAMLOutline.isBlank(text) { continue }
                let spaces = text.prefix { $0 == " " }.count
                if spaces < indent { break }
                if spaces == indent, let key = YAMLOutline.shape(text).key { keys.append(key) }
            }
        }
        return keys
    }

    static func item(_ label: String, _ kind: ItemKind, detail: String?, insert: String) -> JSON {
        var item: [String: JSON] = ["label": .string(label), "kind": .number(Double(kind.rawValue)), "insertText": .string(insert)]
        if let detail { item["detail"] = .string(detail) }
        return .object(item)
    }
}
