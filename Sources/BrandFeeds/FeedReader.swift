import BrandDiagnostics
public import BrandModel
import Foundation

/// Streams the products of a feed file — CSV or TSV (Shopify exports, Google Merchant Center and
/// generic columns), JSON Lines, a JSON array, YAML, or Merchant Center XML (RSS 2.0 / Atom) — one
/// `FeedItem` at a time.
///
/// Memory does not grow with the number of products: the file is memory-mapped, read one record
/// (or one Shopify handle's rows) at a time, and the pages behind the read position are handed back
/// as it goes (`MappedFeedFile`). What is kept across items is the Shopify handle
/// index (byte offsets of each handle's rows) and, for duplicate ids, a 128-bit fingerprint and the
/// first position of each id. YAML feeds are the exception: they are loaded whole (see
/// `YAMLFeedSource`). Reading never throws: a missing file, a file that is not a feed (a ZIP renamed
/// `.csv`) or a bad header becomes the first item's diagnostics.
///
/// ```swift
/// var products = FeedReader(path: "feed.csv", shard: try Shard(parsing: "2/4")).makeIterator()
/// while let item = products.next() { … }
/// products.summary  // rows read, products, rows skipped
/// ```
public struct FeedReader: Sequence, Sendable {
    public let path: String
    public let mapping: FeedMapping
    public let shard: Shard

    public init(path: String, mapping: FeedMapping = .standard, shard: Shard = .whole) {
        self.path = path
        self.mapping = mapping
        self.shard = shard
    }

    public func makeIterator() -> FeedIterator {
        let file: MappedFeedFile
        do {
            file = try MappedFeedFile(path: path)
        } catch {
            let diagnostic = Diagnostic(.readFailed, "cannot read the feed: \(error)", at: SourceLocation(file: path))
            return FeedIterator(path: path, failure: diagnostic)
        }
        return FeedIterator(path: path, file: file, mapping: mapping, shard: shard)
    }
}
