import BrandDiagnostics
import BrandModel
import Foundation

/// The iterator of a `FeedReader`: call `next()` in a loop; `summary` holds the counts so far.
public struct FeedIterator: IteratorProtocol {
    enum Source {
        case delimited(DelimitedSource)
        case shopify(ShopifySource)
        case json(JSONSource)
        case yaml(YAMLFeedSource)
        case xml(XMLFeedSource)
        case failed(Diagnostic)
        case finished

        /// Where the next read starts: nothing before it is read again on the way forward. `nil`
        /// for a YAML feed, which is loaded whole.
        var readOffset: Int? {
            switch self {
            case .delimited(let rows): rows.position.offset
            case .shopify(let groups): groups.readOffset
            case .json(let elements): elements.position.offset
            case .xml(let items): items.readOffset
            case .yaml, .failed, .finished: nil
            }
        }
    }

    public let path: String
    public private(set) var summary = FeedSummary()
    private var source: Source
    private let shard: Shard
    private let assembler: ProductAssembler
    private var seenIDs = SeenIDs()
    /// Shopify handles are unique by construction (rows are grouped by handle), so they need no table.
    private var checksDuplicateIDs = true
    /// The mapped file, whose pages behind the read position are released as the feed is read.
    private var file: MappedFeedFile?

    init(path: String, failure: Diagnostic) {
        self.path = path
        source = .failed(failure)
        shard = .whole
        assembler = ProductAssembler(file: path, resolver: ColumnResolver(mapping: .standard))
    }

    init(path: String, file: MappedFeedFile, mapping: FeedMapping, shard: Shard) {
        self.init(path: path, data: file.data, mapping: mapping, shard: shard)
        self.file = file
    }

    init(path: String, data: Data, mapping: FeedMapping, shard: Shard) {
        self.path = path
        self.shard = shard
        let resolver = ColumnResolver(mapping: mapping)
        assembler = ProductAssembler(file: path, resolver: resolver)
        if let refusal = FeedSniffer.refusal(data) {
            source = .failed(Diagnostic(
                .feedNotAFeed, refusal, at: SourceLocation(file: path),
                fix: FixSuggestion("export the feed as UTF-8 CSV, TSV, JSON Lines, JSON, YAML or Merchant Center XML")))
            return
        }
        let format = FeedSniffer.format(path: path, head: data.prefix(4096), declared: mapping.format)
        switch format {
        case .csv, .tsv:
            let rows = DelimitedSource(file: path, data: data, format: format, resolver: resolver)
            if let header = rows.header, header.isShopify, let handle = header.idColumn {
                source = .shopify(ShopifySource(rows: rows, handleColumn: handle, shard: shard))
                checksDuplicateIDs = false
            } else {
                source = .delimited(rows)
            }
        case .jsonLines, .jsonArray: source = .json(JSONSource(file: path, data: data, format: format, resolver: resolver))
        case .yaml: source = .yaml(YAMLFeedSource(file: path, data: data, resolver: resolver))
        case .xml: source = .xml(XMLFeedSource(file: path, data: data, resolver: resolver))
        }
    }

    public mutating func next() -> FeedItem? {
        if let offset = source.readOffset { file?.release(before: offset) }
        while let output = nextOutput() {
            switch output {
            case .fileDiagnostics(let diagnostics):
                return FeedItem(product: nil, diagnostics: diagnostics)
            case .otherShard(let count):
                summary.rowsRead += count
                summary.rowsInOtherShards += count
            case .unreadable(let diagnostic, let count):
                summary.rowsRead += count
                summary.rowsSkipped += count
                if shard.reportsRowsWithoutID { return FeedItem(product: nil, diagnostics: [diagnostic]) }
            case .skipped(let diagnostic, let count):
                summary.rowsRead += count
                summary.rowsSkipped += count
                return FeedItem(product: nil, diagnostics: [diagnostic])
            case .rows(let rows, let notes):
                summary.rowsRead += rows.count
                if let item = accept(rows, notes: notes) { return item }
            }
        }
        return nil
    }

    /// The item for one product's rows, or `nil` when it belongs to another shard.
    private mutating func accept(_ rows: [FeedRow], notes: [Diagnostic]) -> FeedItem? {
        let (product, diagnostics) = assembler.assemble(rows)
        guard let product else {
            summary.rowsSkipped += rows.count
            return shard.reportsRowsWithoutID ? FeedItem(product: nil, diagnostics: notes + diagnostics) : nil
        }
        guard shard.contains(id: product.id.value) else {
            summary.rowsInOtherShards += rows.count
            return nil
        }
        if checksDuplicateIDs, let duplicate = seenIDs.duplicate(of: product.id) {
            summary.rowsSkipped += rows.count
            return FeedItem(product: nil, diagnostics: notes + [duplicate])
        }
        summary.products += 1
        return FeedItem(product: product, diagnostics: notes + diagnostics)
    }

    private mutating func nextOutput() -> SourceOutput? {
        switch source {
        case .delimited(var rows):
            source = .finished  // drop the enum's copy first, so mutating `rows` does not copy its buffers
            defer { source = .delimited(rows) }
            return rows.next()
        case .shopify(var groups):
            source = .finished
            defer { source = .shopify(groups) }
            return groups.next()
        case .json(var elements):
            source = .finished
            defer { source = .json(elements) }
            return elements.next()
        case .yaml(var documents):
            source = .finished
            defer { source = .yaml(documents) }
            return documents.next()
        case .xml(var items):
            source = .finished
            defer { source = .xml(items) }
            return items.next()
        case .failed(let diagnostic):
            source = .finished
            return .fileDiagnostics([diagnostic])
        case .finished:
            return nil
        }
    }
}
