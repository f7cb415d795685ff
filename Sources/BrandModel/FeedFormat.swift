/// The text formats a product feed can be in. Shopify and Merchant Center are column dialects of
/// `csv` and `tsv`, recognized from the header row, not formats of their own.
public enum FeedFormat: String, Sendable, CaseIterable {
    case csv
    case tsv
    /// One JSON object per line.
    case jsonLines = "jsonl"
    /// One JSON array of objects.
    case jsonArray = "json"
    /// One product per YAML document, or a YAML list of products.
    case yaml
    /// Google Merchant Center XML: RSS 2.0 or Atom items with the `g:` namespace.
    case xml
}
