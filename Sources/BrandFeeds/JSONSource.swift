import BrandModel
import BrandDiagnostics
import BrandYAML
import Foundation

/// Reads a JSON Lines file or a JSON array one element at a time. Each element is parsed on its
/// own by the YAML loader (JSON is YAML's flow style), which gives every key and value a line and
/// column; those are then shifted to the element's place in the file.
struct JSONSource {
    let file: String
    let data: Data
    let scanner: JSONElementScanner
    var builder: NodeRowBuilder
    var position = FeedPosition.start

    init(file: String, data: Data, format: FeedFormat, resolver: ColumnResolver) {
        self.file = file
        self.data = data
        scanner = JSONElementScanner(lines: format == .jsonLines)
        builder = NodeRowBuilder(resolver: resolver)
    }

    mutating func next() -> SourceOutput? {
        let scanner = scanner
        let start = position
        guard let element = data.withUnsafeBytes({ scanner.element(in: $0, at: start) }) else { return nil }
        position = element.next
        let shift = LocationShift(base: element.start, file: file)
        let source = SourceFile(path: file, bytes: Array(data[element.range]))
        var sink = DiagnosticSink()
        let document = YAMLLoader().loadSingle(source, diagnostics: &sink)
        guard let document, !sink.hasErrors else {
            let problem = sink.diagnostics.first { $0.severity == .error }.map(shift.diagnostic)
            let message = "the \(scanner.lines ? "line" : "element") is not valid JSON; it is skipped"
            let diagnostic = Diagnostic(
                .feedBadRow, message, at: element.start.location(in: file),
                notes: problem.map { [DiagnosticNote($0.message, at: $0.location)] } ?? [])
            return .unreadable(diagnostic, rowCount: 1)
        }
        guard let row = builder.row(document.root, locate: { shift.location(document.location(of: $0)) }) else {
            let diagnostic = Diagnostic(
                .feedBadRow, "expected a JSON object for a product, found \(document.root.kindDescription); it is skipped",
                at: element.start.location(in: file))
            return .unreadable(diagnostic, rowCount: 1)
        }
        defer { builder.diagnostics = [] }
        return .rows([row], notes: builder.diagnostics)
    }
}
