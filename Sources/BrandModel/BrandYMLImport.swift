import BrandDiagnostics
import BrandYAML

/// Reads a Posit `_brand.yml` (https://posit-dev.github.io/brand-yml/) as the visual part of a guide:
/// `meta.name`, `color.palette` and theme roles, `typography` families, and `logo` images.
///
/// It also says what Posit's own package lets through silently: roles naming no palette colour,
/// strings that are not colours, an unquoted `#hex` read as a comment, fonts without a family,
/// and `fonts` written as a mapping.
enum BrandYMLImport {
    static let themeRoles = [
        "foreground", "background", "primary", "secondary", "tertiary", "success", "info", "warning", "danger",
        "light", "dark",
    ]
    static let topLevelKeys = ["meta", "logo", "color", "typography", "defaults"]
    static let typographyKeys = ["fonts", "base", "headings", "monospace", "monospace-inline", "monospace-block", "link"]

    static func decode(_ document: YAMLDocument, diagnostics: inout DiagnosticSink) -> BrandGuide {
        var reader = NodeReader(document: document)
        var guide = BrandGuide(file: document.file.path)
        if let fields = reader.fields(of: document.root, in: "a brand.yml file", known: topLevelKeys) {
            if let meta = fields["meta"] { guide.identity.name = metaName(meta, &reader) }
            if let color = fields["color"] { guide.colors = colors(color, &reader) }
            if let typography = fields["typography"] { guide.typography = fonts(typography, &reader) }
            if let logo = fields["logo"] { guide.logo.files = logoPaths(logo, &reader) }
        }
        diagnostics.append(contentsOf: reader.diagnostics)
        return guide
    }

    private static func metaName(_ node: YAMLNode, _ reader: inout NodeReader) -> Located<String>? {
        guard let fields = reader.fields(of: node, in: "'meta'", known: ["name", "link", "description"]),
            let name = fields["name"]
        else { return nil }
        if name.scalar != nil { return reader.string(name, "'meta.name'") }
        guard let parts = reader.fields(of: name, in: "'meta.name'", known: ["short", "full"]) else { return nil }
        return (parts["full"] ?? parts["short"]).flatMap { reader.string($0, "'meta.name'") }
    }

    private static func colors(_ node: YAMLNode, _ reader: inout NodeReader) -> [BrandColor] {
        guard let fields = reader.fields(of: node, in: "'color'", known: ["palette"] + themeRoles) else { return [] }
        var palette: [BrandColor] = []
        if let paletteNode = fields["palette"] {
            for (key, value) in reader.entries(paletteNode, "'color.palette'") {
                if let hex = BrandColor.decodeHex(value, "palette colour '\(key.value)'", &reader) {
                    palette.append(BrandColor(key: key, hex: hex))
                }
            }
        }
        for role in themeRoles {
            guard let value = fields[role], let text = reader.string(value, "colour role '\(role)'") else { continue }
            let roleName = Located(role, at: text.location)
            if let index = resolveRole(text.value, palette: palette, fields: fields, depth: 0) {
                if palette[index].role == nil { palette[index].role = roleName }
                continue
            }
            if case .success(let hex) = HexColor.normalize(text.value) {
                palette.append(BrandColor(key: roleName, hex: Located(hex, at: text.location), role: roleName))
                continue
            }
            let names = palette.map(\.key.value) + themeRoles
            let fix = SpellingSuggestion.closest(to: text.value, among: names).map {
                FixSuggestion("did you mean '\($0)'?", replacement: TextReplacement(at: text.location, with: $0))
            }
            reader.diagnostics.report(
                .badReference,
                "colour role '\(role)' is '\(text.value)', which is neither a palette colour nor a hex value",
                at: text.location, fix: fix)
        }
        return palette
    }

    /// The palette index a role value names, following role-to-role references (`light: background`).
    private static func resolveRole(_ name: String, palette: [BrandColor], fields: Fields, depth: Int) -> Int? {
        if let index = palette.firstIndex(where: { $0.key.value == name }) { return index }
        guard depth < themeRoles.count, themeRoles.contains(name), let next = fields[name]?.scalar?.text else {
            return nil
        }
        return resolveRole(next, palette: palette, fields: fields, depth: depth + 1)
    }

    private static func fonts(_ node: YAMLNode, _ reader: inout NodeReader) -> [ScriptFont] {
        guard let fields = reader.fields(of: node, in: "'typography'", known: typographyKeys) else { return [] }
        if let fontsNode = fields["fonts"] {
            if fontsNode.mapping != nil {
                reader.report(
                    .wrongType, "'typography.fonts' must be a list of fonts; a mapping here is ignored by brand.yml",
                    at: fontsNode, fix: FixSuggestion("write each font as a list item: '- family: Inter'"))
            } else {
                for item in fontsNode.sequence ?? [] {
                    _ = reader.fields(
                        of: item, in: "a font", known: ["family", "source", "weight", "style", "files", "display"],
                        required: ["family"])
                }
            }
        }
        var latin: Located<String>?
        for key in ["base", "headings"] where latin == nil {
            guard let value = fields[key] else { continue }
            if value.scalar != nil {
                latin = reader.string(value, "'typography.\(key)'")
            } else if let mapping = value.mapping,
                let family = mapping.first(where: { $0.key.scalar?.text == "family" })?.value
            {
                latin = reader.string(family, "'typography.\(key).family'")
            }
        }
        guard let family = latin else { return [] }
        return [ScriptFont(script: Located("Latn", at: family.location), family: family)]
    }

    private static func logoPaths(_ node: YAMLNode, _ reader: inout NodeReader) -> [Located<String>] {
        if node.scalar != nil { return reader.string(node, "'logo'").map { [$0] } ?? [] }
        var paths: [Located<String>] = []
        func collect(_ node: YAMLNode) {
            switch node.content {
            case .scalar:
                if let path = reader.string(node, "a logo path") { paths.append(path) }
            case .mapping(let pairs):
                for pair in pairs where pair.key.scalar?.text != "alt" { collect(pair.value) }
            case .sequence(let items):
                items.forEach(collect)
            }
        }
        collect(node)
        return paths
    }
}

extension BrandGuide {
    /// The visual part of a guide read from a Posit `_brand.yml` document.
    public static func importBrandYML(_ document: YAMLDocument, diagnostics: inout DiagnosticSink) -> BrandGuide {
        BrandYMLImport.decode(document, diagnostics: &diagnostics)
    }
}
