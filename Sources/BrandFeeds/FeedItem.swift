public import BrandDiagnostics
public import BrandModel

/// One step of reading a feed: a product (or `nil` when the row was skipped, or for file-level
/// notes), and the diagnostics that belong to it.
public struct FeedItem: Sendable {
    public var product: ProductRecord?
    public var diagnostics: [Diagnostic]

    public init(product: ProductRecord?, diagnostics: [Diagnostic]) {
        self.product = product
        self.diagnostics = diagnostics
    }
}

/// Counts of one pass over a feed.
public struct FeedSummary: Sendable, Equatable {
    /// Data rows read (CSV / TSV records after the header, JSON elements, YAML mappings).
    public var rowsRead = 0
    /// Products handed out (a Shopify product spans several rows).
    public var products = 0
    /// Rows that did not become a product (no id, duplicate id, unreadable row).
    public var rowsSkipped = 0
    /// Rows of products that belong to other shards.
    public var rowsInOtherShards = 0

    public init() {}

    /// The counts as a note, for the end of a run.
    public func diagnostic(file: String) -> Diagnostic {
        var message = "read \(rowsRead) row\(rowsRead == 1 ? "" : "s"): \(products) product\(products == 1 ? "" : "s"), "
            + "\(rowsSkipped) row\(rowsSkipped == 1 ? "" : "s") skipped"
        if rowsInOtherShards > 0 { message += ", \(rowsInOtherShards) in other shards" }
        return Diagnostic(.feedSummary, message, at: SourceLocation(file: file))
    }
}
