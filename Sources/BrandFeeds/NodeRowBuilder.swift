import BrandDiagnostics
import BrandModel
import BrandYAML

/// Turns a JSON object or YAML mapping into a `FeedRow`. Keys resolve like CSV columns; a list
/// gives one cell per item (`images: [a, b]`, or items' `uri` / `url` / `src`); the nested mappings
/// `attributes: {color: …}` and `copy: {ja: {title: …}}` follow the product file schema; any other
/// nested mapping `key: {sub: …}` reads as the column `key[sub]` (so `title: {ja: …}` is `title[ja]`).
struct NodeRowBuilder {
    let resolver: ColumnResolver
    /// Column names already reported as unknown or malformed; each is reported once per feed.
    var reported: Set<String> = []
    var diagnostics: [Diagnostic] = []

    mutating func row(_ node: YAMLNode, locate: (YAMLNode) -> SourceLocation) -> FeedRow? {
        guard let pairs = node.mapping else { return nil }
        var cells: [FeedCell] = []
        for pair in pairs {
            let key = Located(pair.key.scalar?.text ?? "", at: locate(pair.key))
            switch ColumnAliases.normalized(key.value) {
            case "attributes" where pair.value.mapping != nil:
                for sub in pair.value.mapping ?? [] {
                    let name = Located(sub.key.scalar?.text ?? "", at: locate(sub.key))
                    cells += scalarCells(sub.value, column: name, meaning: .field(.attribute(name.value)), locate: locate)
                }
            case "copy" where pair.value.mapping != nil:
                for locale in pair.value.mapping ?? [] {
                    for role in locale.value.mapping ?? [] {
                        let roleName = role.key.scalar?.text ?? ""
                        let column = Located("\(roleName)[\(locale.key.scalar?.text ?? "")]", at: locate(role.key))
                        cells += scalarCells(role.value, column: column, meaning: meaning(column), locate: locate)
                    }
                }
            default:
                if let subs = pair.value.mapping {
                    for sub in subs {
                        let column = Located("\(key.value)[\(sub.key.scalar?.text ?? "")]", at: locate(sub.key))
                        cells += scalarCells(sub.value, column: column, meaning: meaning(column), locate: locate)
                    }
                } else {
                    cells += scalarCells(pair.value, column: key, meaning: meaning(key), locate: locate)
                }
            }
        }
        return FeedRow(location: locate(node), cells: cells)
    }

    private mutating func meaning(_ column: Located<String>) -> ColumnMeaning {
        let meaning = resolver.meaning(of: column.value)
        // Each odd key is reported once; the set stays small even over a large feed.
        guard reported.count < 1000 else { return meaning }
        switch meaning {
        case .unknown where reported.insert(column.value).inserted:
            diagnostics.append(Diagnostic(.feedUnknownColumns, "key '\(column.value)' is not used", at: column.location))
        case .badLocale(let tag) where reported.insert(column.value).inserted:
            diagnostics.append(Diagnostic(
                .badLanguageTag, "'\(tag)' in key '\(column.value)' is not a BCP 47 language tag (e.g. 'ja', 'pt-BR')",
                at: column.location))
        default: break
        }
        return meaning
    }

    private func scalarCells(
        _ node: YAMLNode, column: Located<String>, meaning: ColumnMeaning, locate: (YAMLNode) -> SourceLocation
    ) -> [FeedCell] {
        guard case .field = meaning else { return [] }
        let items = node.sequence ?? [node]
        return items.compactMap { item in
            let scalar = item.scalar ?? item.mapping?.first { ["uri", "url", "src"].contains($0.key.scalar?.text ?? "") }?.value.scalar
            guard let scalar, scalar.value != .null else { return nil }
            return FeedCell(column: column, meaning: meaning, value: Located(scalar.text, at: locate(item)))
        }
    }
}
