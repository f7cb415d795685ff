import Foundation
import BrandDiagnostics
import BrandYAML

/// `typography:` of a brand.yml: the fonts list (family, source, weights) and the type roles
/// (`base`, `headings`, `monospace`, `monospace-inline`, `monospace-block`, `link`), each role with
/// its family, weight and the source the fonts list gives that family. As in brand_yml,
/// `monospace-inline` and `monospace-block` take `monospace`'s family when they name none.
enum BrandYMLTypography {
    static let keys = ["fonts", "base", "headings", "monospace", "monospace-inline", "monospace-block", "link"]
    static let roleKeys = ["base", "headings", "monospace", "monospace-inline", "monospace-block", "link"]
    static let sources = ["google", "bunny", "file", "system"]
    /// The keys each type role takes, as brand_yml's models declare them (`link` has no family).
    static let roleFields: [String: [String]] = [
        "base": ["family", "weight", "size", "line-height"],
        "headings": ["family", "weight", "style", "line-height", "color"],
        "monospace": ["family", "weight", "size"],
        "monospace-inline": ["family", "weight", "size", "color", "background-color"],
        "monospace-block": ["family", "weight", "size", "color", "background-color", "line-height"],
        "link": ["weight", "color", "background-color", "decoration"],
    ]
    static let weightNames = [
        "auto", "thin", "extra-light", "ultra-light", "light", "normal", "regular", "medium", "semi-bold",
        "demi-bold", "bold", "extra-bold", "ultra-bold", "black",
    ]

    static func decode(_ node: YAMLNode, _ reader: inout NodeReader) -> (roles: [TypeRole], latin: ScriptFont?) {
        guard let fields = reader.fields(of: node, in: "'typography'", known: keys) else { return ([], nil) }
        let sourceOf = fields["fonts"].map { fonts($0, &reader) } ?? [:]
        var roles: [TypeRole] = []
        for key in roleKeys {
            guard let value = fields[key] else { continue }
            guard var role = typeRole(key, value, &reader) else { continue }
            role.source = sourceOf[role.family.value]
            roles.append(role)
        }
        if let monospace = roles.first(where: { $0.role.value == "monospace" }) {
            for key in ["monospace-inline", "monospace-block"] where !roles.contains(where: { $0.role.value == key }) {
                var inherited = monospace
                inherited.role = Located(key, at: monospace.role.location)
                roles.append(inherited)
            }
        }
        // The Latin brand font, for the script-keyed typography of the rest of brandc.
        let latin = (roles.first { $0.role.value == "base" } ?? roles.first { $0.role.value == "headings" }).map {
            ScriptFont(script: Located("Latn", at: $0.family.location), family: $0.family, weight: $0.weight)
        }
        return (roles, latin)
    }

    /// The fonts list, checked as brand_yml checks it; the source of each family, by family.
    private static func fonts(_ node: YAMLNode, _ reader: inout NodeReader) -> [String: Located<String>] {
        if node.mapping != nil {
            reader.report(
                .wrongType, "'typography.fonts' must be a list of fonts; a mapping here is ignored by brand.yml",
                at: node, fix: FixSuggestion("write each font as a list item: '- family: Inter'"))
            return [:]
        }
        var sourceOf: [String: Located<String>] = [:]
        for item in node.sequence ?? [] {
            guard let font = reader.fields(
                of: item, in: "a font", known: ["family", "source", "weight", "style", "files", "display", "version"],
                required: ["family"])
            else { continue }
            let family = font["family"].flatMap { reader.string($0, "the font's family") }
            if let sourceNode = font["source"], let source = reader.string(sourceNode, "the font's source") {
                if sources.contains(source.value) {
                    if let family { sourceOf[family.value] = source }
                } else {
                    reader.reportUnknown(
                        source, among: sources, code: .badValue,
                        "unknown font source '\(source.value)'; brand.yml knows \(sources.map { "'\($0)'" }.joined(separator: ", "))")
                }
            }
            if let weight = font["weight"] { checkWeights(weight, &reader) }
        }
        return sourceOf
    }

    private static func typeRole(_ key: String, _ node: YAMLNode, _ reader: inout NodeReader) -> TypeRole? {
        if node.scalar != nil, key != "link" {
            return reader.string(node, "'typography.\(key)'").map {
                TypeRole(role: Located(key, at: reader.location(node)), family: $0)
            }
        }
        guard let fields = reader.fields(of: node, in: "'typography.\(key)'", known: roleFields[key] ?? []) else {
            return nil
        }
        var weight: Located<String>?
        if let weightNode = fields["weight"], checkWeights(weightNode, &reader) {
            weight = reader.string(weightNode, "'typography.\(key).weight'")
        }
        guard let familyNode = fields["family"], let family = reader.string(familyNode, "'typography.\(key).family'")
        else { return nil }
        return TypeRole(role: Located(key, at: reader.location(fields.node)), family: family, weight: weight)
    }

    /// Whether `node` is a weight brand.yml accepts: a multiple of 100 from 100 to 900, a weight
    /// name, a range `300..700`, or a list of those; reports the first that is not.
    @discardableResult
    private static func checkWeights(_ node: YAMLNode, _ reader: inout NodeReader) -> Bool {
        let items = node.sequence ?? [node]
        for item in items {
            guard let text = item.scalar?.text else {
                reader.report(.wrongType, "a font weight must be a number or a name, found \(item.kindDescription)", at: item)
                return false
            }
            let parts = text.components(separatedBy: "..")
            guard parts.count <= 2, parts.allSatisfy(isWeight) else {
                reader.report(
                    .badValue,
                    "invalid font weight '\(text)': brand.yml takes a multiple of 100 from 100 to 900, a range such "
                        + "as 300..700, or one of \(weightNames.joined(separator: ", "))",
                    at: item)
                return false
            }
        }
        return true
    }

    private static func isWeight(_ text: String) -> Bool {
        if let number = Int(text) { return (100...900).contains(number) && number % 100 == 0 }
        return weightNames.contains(text)
    }
}
