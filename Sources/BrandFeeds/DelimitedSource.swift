import BrandModel
import BrandDiagnostics
import Foundation

/// Reads a CSV or TSV feed one record at a time from a memory-mapped file: one row, one product
/// (Merchant Center and generic feeds). `ShopifySource` builds on it for multi-row products.
struct DelimitedSource {
    let file: String
    let data: Data
    let scanner: DelimitedScanner
    let header: DelimitedHeader?
    var position: FeedPosition
    private var headerReported = false

    init(file: String, data: Data, format: FeedFormat, resolver: ColumnResolver) {
        self.file = file
        self.data = data
        let bom = data.starts(with: FeedSniffer.utf8BOM)
        let start = FeedPosition(offset: bom ? 3 : 0, line: 1, column: bom ? 2 : 1)
        let delimiter = format == .tsv ? UInt8(ascii: "\t") : UInt8(ascii: ",")
        // A TSV quotes like CSV only when it quotes its header; otherwise `"` is text (`26" monitor`).
        let quoting = format != .tsv || data.dropFirst(start.offset).first == UInt8(ascii: "\"")
        let scanner = DelimitedScanner(delimiter: delimiter, quoting: quoting)
        self.scanner = scanner
        let headerRecord = data.withUnsafeBytes { scanner.record(in: $0, at: start) }
        if let headerRecord {
            let values = data.withUnsafeBytes { headerRecord.values(in: $0, quoting: quoting) }
            header = DelimitedHeader(values: values, record: headerRecord, file: file, resolver: resolver)
            position = headerRecord.next
        } else {
            header = nil
            position = start
        }
    }

    mutating func next() -> SourceOutput? {
        guard let header else { return nil }
        if !headerReported {
            headerReported = true
            if !header.diagnostics.isEmpty { return .fileDiagnostics(header.diagnostics) }
        }
        guard !header.isFatal, let (output, next) = read(at: position) else { return nil }
        position = next
        return output
    }

    /// The row whose record starts at (or after blank lines following) `start`, and where the next one starts.
    func read(at start: FeedPosition) -> (SourceOutput, FeedPosition)? {
        guard let header else { return nil }
        return data.withUnsafeBytes { bytes -> (SourceOutput, FeedPosition)? in
            guard let record = scanner.record(in: bytes, at: start) else { return nil }
            if let opened = record.unclosedQuote {
                // Read on from the next line: one broken row is one error, not the rest of the file lost.
                let diagnostic = Diagnostic(
                    .feedBadRow,
                    "a quoted field is never closed, so it would run to the end of the file (line \(record.next.line)) "
                        + "and swallow every row after it; this row is skipped and reading goes on at the next line",
                    at: record.start.location(in: file),
                    notes: [DiagnosticNote("the quote that opens here has no closing `\"`", at: opened.location(in: file))])
                return (.unreadable(diagnostic, rowCount: 1), scanner.lineAfter(record.start, in: bytes))
            }
            if record.malformedQuoting {
                let diagnostic = Diagnostic(
                    .feedBadRow, "the row's quoting is malformed; it is skipped", at: record.start.location(in: file),
                    notes: [DiagnosticNote("a `\"` inside a quoted field must be doubled: `\"26\"\" monitor\"`")])
                return (.unreadable(diagnostic, rowCount: 1), record.next)
            }
            let fields = record.fields
            let columns = header.columns.count
            if fields.count > columns, fields[columns...].contains(where: { !isBlank($0.value(in: bytes, quoting: scanner.quoting)) }) {
                let extra = fields.count - columns
                let diagnostic = Diagnostic(
                    .feedBadRow, "the row has \(fields.count) fields but the header has \(columns); it is skipped",
                    at: record.start.location(in: file),
                    notes: [DiagnosticNote("\(extra) field\(extra == 1 ? "" : "s") past the last column; a stray quote or delimiter?")])
                return (.unreadable(diagnostic, rowCount: 1), record.next)
            }
            // Only the columns the mapping reads are decoded.
            var cells: [FeedCell] = []
            for (index, column) in header.columns.enumerated() where index < fields.count {
                guard case .field = column.meaning else { continue }
                let field = fields[index]
                let value = field.value(in: bytes, quoting: scanner.quoting)
                cells.append(FeedCell(column: column.name, meaning: column.meaning, value: Located(value, at: field.start.location(in: file))))
            }
            return (.rows([FeedRow(location: record.start.location(in: file), cells: cells)], notes: []), record.next)
        }
    }
}
