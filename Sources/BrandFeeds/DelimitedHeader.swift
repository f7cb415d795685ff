import BrandModel
import BrandDiagnostics
import Foundation

/// The header row of a CSV or TSV feed with what each column means, and the header's problems.
struct DelimitedHeader {
    var columns: [(name: Located<String>, meaning: ColumnMeaning)]
    var diagnostics: [Diagnostic] = []
    /// A required column is missing: no row can become a product.
    var isFatal = false

    init(values: [String], record: ScannedRecord, file: String, resolver: ColumnResolver) {
        columns = values.enumerated().map { index, raw in
            let position = record.start(ofField: index)
            let name = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "")
            return (Located(name, at: position.location(in: file)), resolver.meaning(of: name))
        }
        let rowLocation = record.start.location(in: file)
        for field in resolver.mapping.required where !columns.contains(where: { $0.meaning == .field(field) }) {
            isFatal = true
            let names = columns.map { "'\($0.name.value)'" }.joined(separator: ", ")
            diagnostics.append(Diagnostic(
                .feedMissingColumn, "the feed has no column for \(FeedMapping.describe(field))", at: rowLocation,
                notes: [DiagnosticNote("the header's columns: \(names)")],
                fix: FixSuggestion("name the column in the `feed:` mapping, e.g. `columns: { id: Item Number }`")))
        }
        for column in columns {
            if case .badLocale(let tag) = column.meaning {
                diagnostics.append(Diagnostic(
                    .badLanguageTag, "'\(tag)' in column '\(column.name.value)' is not a BCP 47 language tag (e.g. 'ja', 'pt-BR')",
                    at: column.name.location))
            }
        }
        let unknown = columns.filter { $0.meaning == .unknown && !$0.name.value.isEmpty }
        if let first = unknown.first {
            let names = unknown.map { "'\($0.name.value)'" }.joined(separator: ", ")
            diagnostics.append(Diagnostic(
                .feedUnknownColumns, "\(unknown.count) column\(unknown.count == 1 ? "" : "s") not used: \(names)",
                at: first.name.location))
        }
    }

    /// The index of the column holding the product id.
    var idColumn: Int? { columns.firstIndex { $0.meaning == .field(.id) } }

    /// Whether this is a Shopify export, whose products span several rows keyed by `Handle`.
    var isShopify: Bool {
        guard let idColumn else { return false }
        return ColumnAliases.normalized(columns[idColumn].name.value) == "handle"
    }
}
