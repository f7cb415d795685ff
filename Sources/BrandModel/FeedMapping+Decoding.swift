import BrandDiagnostics
import BrandYAML

extension FeedMapping {
    static let keys = ["format", "defaults", "columns", "attributes", "copy", "required"]

    /// Decodes the value of a `feed:` key (in a brand guide or a template's front matter), reporting
    /// problems through `reader`; `nil` when the node is not a mapping.
    static func decode(node: YAMLNode, reader: inout NodeReader) -> FeedMapping? {
        guard let fields = reader.fields(of: node, in: "the feed mapping", known: keys) else { return nil }
        var mapping = FeedMapping()
        if let format = fields["format"] {
            let allowed = FeedFormat.allCases.map(\.rawValue)
            mapping.format = reader.choice(format, "feed format", allowed: allowed).flatMap { FeedFormat(rawValue: $0.value) }
        }
        if let defaults = fields["defaults"] { mapping.useDefaults = reader.bool(defaults, "'defaults'")?.value ?? true }
        let names = ProductField.mappableNames.keys.sorted()
        if let columns = fields["columns"] {
            for (key, value) in reader.entries(columns, "'columns'") {
                guard let field = reader.choiceOf(key, names, "product field"),
                    let column = reader.string(value, "the column for '\(key.value)'")
                else { continue }
                mapping.columns.append((column, field))
            }
        }
        if let attributes = fields["attributes"] {
            for (key, value) in reader.entries(attributes, "'attributes'") {
                guard let column = reader.string(value, "the column for attribute '\(key.value)'") else { continue }
                mapping.columns.append((column, .attribute(key.value)))
            }
        }
        if let copy = fields["copy"] {
            for (locale, roles) in reader.entries(copy, "'copy'") {
                guard let tag = LanguageTag(locale.value) else {
                    reader.diagnostics.report(
                        .badLanguageTag, "'\(locale.value)' is not a BCP 47 language tag (e.g. 'ja', 'zh-Hans', 'pt-BR')",
                        at: locale.location)
                    continue
                }
                for (role, value) in reader.entries(roles, "copy for '\(locale.value)'") {
                    guard let column = reader.string(value, "the column for \(role.value) in '\(locale.value)'") else { continue }
                    mapping.columns.append((column, .copy(locale: tag.canonical, role: role.value)))
                }
            }
        }
        if let required = fields["required"] {
            mapping.required = reader.stringList(required, "'required'").compactMap { reader.choiceOf($0, names, "product field") }
        }
        return mapping
    }
}

extension NodeReader {
    /// A located name that must be one of `names`, as a product field.
    mutating func choiceOf(_ name: Located<String>, _ names: [String], _ context: String) -> ProductField? {
        if let field = ProductField.mappableNames[name.value] { return field }
        reportUnknown(
            name, among: names, code: .badValue,
            "'\(name.value)' is not a \(context); expected one of \(names.joined(separator: ", "))")
        return nil
    }
}
