import BrandDiagnostics
import BrandModel
import BrandYAML

/// Turns a JSON object or YAML mapping into a `FeedRow`. Keys resolve like CSV columns; a list
/// gives one cell per item (`images: [a, b]`, or items' `uri` / `url` / `src`); the nested mappings
/// `attributes: {color: …}` (also Retail API's `{color: {text: [red]}}`) and
/// `copy: {ja: {title: …}}` follow the product file schema.
///
/// Any other nested object is either localized text or a structure (see `NestedObject`):
/// `title: {ja: …, de: …}` reads as the columns `title[ja]`, `title[de]`; `priceInfo: {price: 12,
/// currencyCode: EUR}` as the dotted columns `priceInfo.price` (with its currency: `12 EUR`) and
/// `brand: {name: …}` as `brand.name`, which the aliases and the `feed:` mapping resolve like any
/// column. JSON-LD keywords (`@context`, `@type`) are not columns.
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
                    // Retail API: `{material: {text: [cotton]}, weight: {numbers: [1.2]}}`.
                    let values = sub.value.mapping?.first { ["text", "numbers"].contains($0.key.scalar?.text ?? "") }?.value
                    cells += scalarCells(values ?? sub.value, column: name, meaning: .field(.attribute(name.value)), locate: locate)
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
                cells += valueCells(pair.value, column: key, locate: locate)
            }
        }
        return FeedRow(location: locate(node), cells: cells)
    }

    /// The cells of `node` written under `column`: a scalar or list as is, a nested object as
    /// localized columns or dotted columns.
    private mutating func valueCells(
        _ node: YAMLNode, column: Located<String>, locate: (YAMLNode) -> SourceLocation
    ) -> [FeedCell] {
        // JSON-LD keywords (`@context`, and `@type` inside `brand.@type`) are not columns.
        if column.value.hasPrefix("@") || column.value.contains(".@") { return [] }
        let own = resolver.meaning(of: column.value)
        switch own {
        case .field(.image), .field(.imageList): return scalarCells(node, column: column, meaning: own, locate: locate)
        default: break
        }
        if let object = node.mapping {
            switch NestedObject.kind(of: object, under: own) {
            case .localized:
                return object.flatMap { sub in
                    let localized = Located("\(column.value)[\(sub.key.scalar?.text ?? "")]", at: locate(sub.key))
                    return scalarCells(sub.value, column: localized, meaning: meaning(localized), locate: locate)
                }
            case .structure:
                return structureCells(object, under: column, locate: locate)
            }
        }
        if let items = node.sequence, items.contains(where: { $0.mapping != nil }) {
            return items.flatMap { item in
                item.mapping.map { structureCells($0, under: column, locate: locate) }
                    ?? scalarCells(item, column: column, meaning: meaning(column), locate: locate)
            }
        }
        return scalarCells(node, column: column, meaning: meaning(column), locate: locate)
    }

    /// The dotted columns of a structure: `offers: {price: 9, priceCurrency: USD}` is the column
    /// `offers.price` with the value `9 USD` (the currency key is taken into the price).
    private mutating func structureCells(
        _ object: YAMLMapping, under column: Located<String>,
        locate: (YAMLNode) -> SourceLocation
    ) -> [FeedCell] {
        let currency = NestedObject.currency(in: object)
        var cells: [FeedCell] = []
        for sub in object {
            let name = sub.key.scalar?.text ?? ""
            if let currency, name == currency.key { continue }
            let dotted = Located("\(column.value).\(name)", at: locate(sub.key))
            var subCells = valueCells(sub.value, column: dotted, locate: locate)
            if let currency, NestedObject.priceKeys.contains(name) {
                for index in subCells.indices where !subCells[index].value.value.isEmpty {
                    subCells[index].value.value += " \(currency.code)"
                }
            }
            cells += subCells
        }
        return cells
    }

    mutating func meaning(_ column: Located<String>) -> ColumnMeaning {
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
