public import BrandDiagnostics

/// How a feed's columns (or JSON / YAML keys) map to product fields: the built-in Shopify and
/// Merchant Center alias table (unless turned off) plus the user's own column names.
///
/// Decoded from a `feed:` mapping in the brand guide, a template or `brandc.yaml`:
/// ```yaml
/// feed:
///   format: csv            # csv, tsv, jsonl, json, yaml or xml; sniffed when absent
///   defaults: true         # also use the built-in aliases (the default)
///   columns: { id: Artikelnummer, title: Bezeichnung, description: Beschreibung }
///   attributes: { color: Farbe }
///   copy: { ja: { title: 商品名, headline: 見出し } }
///   required: [id, title]
/// ```
public struct FeedMapping: Sendable {
    public var format: FeedFormat?
    public var useDefaults: Bool
    /// The user's columns, each with the product field it fills; looked up case-insensitively.
    public var columns: [(column: Located<String>, field: ProductField)]
    /// Product fields the feed must have a column for; `id` unless the mapping says otherwise.
    public var required: [ProductField]

    public init(
        format: FeedFormat? = nil, useDefaults: Bool = true,
        columns: [(column: Located<String>, field: ProductField)] = [], required: [ProductField] = [.id]
    ) {
        self.format = format
        self.useDefaults = useDefaults
        self.columns = columns
        self.required = required
    }

    /// The built-in aliases only.
    public static let standard = FeedMapping()

    /// A short name for a field in messages.
    public static func describe(_ field: ProductField) -> String {
        switch field {
        case .attribute(let name): "attribute '\(name)'"
        case .copy(let locale, let role): "the \(role) in '\(locale)'"
        case .optionName(let n): "option \(n) name"
        case .optionValue(let n): "option \(n) value"
        default: ProductField.mappableNames.first { $0.value == field }.map { "'\($0.key)'" } ?? "\(field)"
        }
    }
}
