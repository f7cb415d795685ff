import BrandDiagnostics

/// What a format's source hands the iterator: one product's rows, a row it could not read, or
/// file-level notes (header problems).
enum SourceOutput {
    /// One product's rows, with notes found while reading them (an unknown JSON key).
    case rows([FeedRow], notes: [Diagnostic])
    case unreadable(Diagnostic, rowCount: Int)
    /// A product of this shard that cannot be compiled (a Shopify handle with only image rows).
    case skipped(Diagnostic, rowCount: Int)
    case fileDiagnostics([Diagnostic])
    /// Rows of a product in another shard, skipped before they were parsed (Shopify handles).
    case otherShard(rowCount: Int)
}
