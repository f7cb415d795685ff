import Foundation
import BrandDiagnostics
import BrandYAML

/// `color:` of a brand.yml: the palette and the theme roles, resolved as brand_yml resolves them
/// (a palette entry may name another, a role may name a palette colour, another role, a hex value
/// or a CSS colour name), with every role kept: a palette colour that is both `primary` and
/// `info` carries both.
struct BrandYMLColors {
    static let themeRoles = [
        "foreground", "background", "primary", "secondary", "tertiary", "success", "info", "warning", "danger",
        "light", "dark",
    ]

    private var palette: [BrandColor] = []
    /// Role colours given as a value of their own, not a palette name.
    private var roleColors: [BrandColor] = []

    static func decode(_ node: YAMLNode, _ reader: inout NodeReader) -> [BrandColor] {
        guard let fields = reader.fields(of: node, in: "'color'", known: ["palette"] + themeRoles) else { return [] }
        var colors = BrandYMLColors()
        let entries = fields["palette"].map { reader.entries($0, "'color.palette'") } ?? []
        colors.readPalette(entries, &reader)
        colors.readRoles(fields, &reader)
        let valueNodes = entries.map(\.value) + themeRoles.compactMap { fields[$0] }
        for (key, _) in entries where key.value.contains(" ") {
            let uses = valueNodes.filter { $0.scalar?.text == key.value }.map { reader.location($0) }
            reader.diagnostics.report(
                .badValue, "the palette name '\(key.value)' has a space; brand.yml names are single words",
                at: key.location, notes: uses.map { DiagnosticNote("used here", at: $0) },
                fix: FixSuggestion("write '\(key.value.replacingOccurrences(of: " ", with: "-"))' here and where it is used"))
        }
        return colors.palette + colors.roleColors
    }

    private mutating func readPalette(_ entries: [(key: Located<String>, value: YAMLNode)], _ reader: inout NodeReader) {
        let values = Dictionary(entries.map { ($0.key.value, $0.value) }, uniquingKeysWith: { first, _ in first })
        for (key, node) in entries {
            guard let hex = resolvePalette(key.value, values: values, seen: [], &reader) else { continue }
            palette.append(BrandColor(key: key, hex: Located(hex, at: reader.location(node))))
        }
    }

    /// The hex of palette entry `name`, following entries that name other entries.
    private func resolvePalette(
        _ name: String, values: [String: YAMLNode], seen: [String], _ reader: inout NodeReader
    ) -> String? {
        guard let node = values[name], let text = reader.string(node, "palette colour '\(name)'") else { return nil }
        if values[text.value] != nil, text.value != name {
            guard !seen.contains(text.value) else {
                if seen.first == name {
                    reader.diagnostics.report(
                        .badReference,
                        "palette colours name each other in a cycle: \((seen + [text.value]).joined(separator: " -> "))",
                        at: text.location)
                }
                return nil
            }
            // Only the entry being read reports; the entries it names report when they are read.
            var quiet = NodeReader(document: reader.document)
            return resolvePalette(text.value, values: values, seen: seen + [name], &quiet)
        }
        return literal(text, "palette colour '\(name)'", &reader)
    }

    private mutating func readRoles(_ fields: Fields, _ reader: inout NodeReader) {
        for role in Self.themeRoles {
            guard let value = fields[role], let text = reader.string(value, "colour role '\(role)'") else { continue }
            let roleName = Located(role, at: text.location)
            switch resolveRole(text.value, fields: fields, visited: [role]) {
            case .palette(let index):
                palette[index].roles.append(roleName)
            case .literal(let value, let owner):
                // `light: primary` with `primary: "#0A5CFF"`: one colour with both roles.
                if owner != role, let index = roleColors.firstIndex(where: { $0.key.value == owner }) {
                    roleColors[index].roles.append(roleName)
                } else if let hex = literal(Located(value, at: text.location), "colour role '\(role)'", &reader) {
                    var color = BrandColor(key: roleName, hex: Located(hex, at: text.location))
                    color.roles = [roleName]
                    roleColors.append(color)
                }
            case .unknown:
                let names = palette.map(\.key.value) + Self.themeRoles
                reader.reportUnknown(
                    text, among: names, code: .badReference,
                    "colour role '\(role)' is '\(text.value)', which is neither a palette colour, a colour role, "
                        + "a hex value nor a CSS colour name")
            }
        }
    }

    private enum RoleTarget {
        case palette(Int)
        /// A colour value of its own, written as the value of role `owner`.
        case literal(String, owner: String)
        case unknown
    }

    /// What a role's value names: a palette colour first (so `light: light` is the palette's
    /// `light`, not a cycle), then another role, then a colour value of its own.
    private func resolveRole(_ name: String, fields: Fields, visited: [String]) -> RoleTarget {
        if let index = palette.firstIndex(where: { $0.key.value == name }) { return .palette(index) }
        if Self.themeRoles.contains(name), !visited.contains(name), let next = fields[name]?.scalar {
            return resolveRole(next.text, fields: fields, visited: visited + [name])
        }
        guard BrandYMLColorValue(name) != nil, let owner = visited.last else { return .unknown }
        return .literal(name, owner: owner)
    }

    /// A hex or CSS colour value as canonical `#RRGGBB`, with a note when an alpha channel is dropped.
    private func literal(_ text: Located<String>, _ context: String, _ reader: inout NodeReader) -> String? {
        guard let value = BrandYMLColorValue(text.value) else {
            reader.diagnostics.report(
                .badColor, "\(context) '\(text.value)' is not a palette name, a hex colour or a CSS colour name",
                at: text.location, fix: FixSuggestion("write it as \"#RRGGBB\", e.g. \"#0A5CFF\""))
            return nil
        }
        if let alpha = value.droppedAlpha {
            reader.diagnostics.report(
                .brandYMLAlphaDropped,
                "\(context) '\(text.value)' has the alpha '\(alpha)'; the prompt gets its colour \(value.hex) without it",
                at: text.location)
        }
        return value.hex
    }
}
