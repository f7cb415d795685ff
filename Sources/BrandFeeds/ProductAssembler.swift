import BrandDiagnostics
import BrandModel
import Foundation

/// Builds one `ProductRecord` from the rows of one product: a single row for Merchant Center,
/// JSON and YAML; all of a handle's rows for Shopify. Scalar fields take the first non-empty value
/// in row order; variant options and images gather across all rows.
struct ProductAssembler {
    let file: String
    /// Ranks the columns when a row has several for one field.
    let resolver: ColumnResolver

    func assemble(_ rows: [FeedRow]) -> (product: ProductRecord?, diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink()
        let cells = rows.flatMap(\.cells)
        let rowLocation = rows.first?.location ?? SourceLocation(file: file)
        /// The value of the best-ranked column for `field` (the user's columns, then the default
        /// names in their order), the first in row order among equals.
        func first(_ field: ProductField) -> FeedCell? {
            var best: FeedCell?
            var bestRank: Int?  // ranked only once a second candidate appears (rare; keeps CSV fast)
            for cell in cells where cell.meaning == .field(field) && !isBlank(cell.value.value) {
                guard let current = best else {
                    best = cell
                    continue
                }
                if current.column.value == cell.column.value { continue }
                let rank = resolver.rank(of: cell.column.value)
                let currentRank = bestRank ?? resolver.rank(of: current.column.value)
                bestRank = currentRank
                if rank < currentRank { (best, bestRank) = (cell, rank) }
            }
            return best
        }
        guard let idCell = first(.id) else {
            let at = cells.first { $0.meaning == .field(.id) }?.value.location ?? rowLocation
            sink.report(.feedMissingID, "the row has no product id; it is skipped", at: at)
            return (nil, sink.diagnostics)
        }
        var product = ProductRecord(file: file, id: idCell.value.map(\.trimmingWhitespace))
        product.title = first(.title).map { $0.value.map(FeedText.plain) }
        if product.title == nil {
            let at = cells.first { $0.meaning == .field(.title) }?.value.location ?? rowLocation
            sink.report(.feedEmptyTitle, "product '\(product.id.value)' has no title", at: at)
        }
        product.description = first(.description).map { $0.value.map(FeedText.plain) }
            ?? first(.descriptionHTML).map { $0.value.map(FeedText.plainFromHTML) }
        product.sku = first(.sku).map { $0.value.map { FeedText.plain($0.trimmingWhitespace) } }
        product.brand = first(.brand).map { $0.value.map { FeedText.plain($0.trimmingWhitespace) } }
        product.channel = first(.channel).map { $0.value.map(\.trimmingWhitespace) }
        if let price = first(.price) {
            if PriceFormat.isValid(price.value.value.trimmingWhitespace) {
                product.attributes.append((price.column.map { _ in "price" }, price.value.map(\.trimmingWhitespace)))
            } else {
                sink.report(
                    .feedBadPrice, "'\(price.value.value)' is not a price such as '12.99' or '12.99 USD'",
                    at: price.value.location)
            }
        }
        product.attributes += attributes(cells)
        product.attributes += VariantOptions.attributes(rows, existing: Set(product.attributes.map(\.name.value)))
        product.images = ImageGathering.images(rows)
        product.copy = copy(cells)
        return (product, sink.diagnostics)
    }

    private func attributes(_ cells: [FeedCell]) -> [(name: Located<String>, value: Located<String>)] {
        var seen: Set<String> = []
        var result: [(name: Located<String>, value: Located<String>)] = []
        for cell in cells {
            guard case .field(.attribute(let name)) = cell.meaning, !isBlank(cell.value.value),
                seen.insert(name).inserted
            else { continue }
            result.append((cell.column.map { _ in name }, cell.value.map { FeedText.plain($0.trimmingWhitespace) }))
        }
        return result
    }

    private func copy(_ cells: [FeedCell]) -> [(locale: Located<String>, entries: [CopyEntry])] {
        var result: [(locale: Located<String>, entries: [CopyEntry])] = []
        for cell in cells {
            guard case .field(.copy(let locale, let role)) = cell.meaning, !isBlank(cell.value.value) else { continue }
            let entry = CopyEntry(role: cell.column.map { _ in role }, text: cell.value.map(FeedText.plain))
            if let index = result.firstIndex(where: { $0.locale.value == locale }) {
                if !result[index].entries.contains(where: { $0.role.value == role }) { result[index].entries.append(entry) }
            } else {
                result.append((cell.column.map { _ in locale }, [entry]))
            }
        }
        return result
    }
}
