import BrandDiagnostics
import BrandYAML
import Foundation

/// Reads a YAML feed: one product per document (`---` between them), or documents that are lists
/// of products. The YAML loader builds the whole file's tree, so YAML feeds are for hand-written
/// files within the loader's size limit; large feeds belong in CSV, TSV or JSON Lines.
struct YAMLFeedSource {
    let file: String
    private var pending: [(document: YAMLDocument, node: YAMLNode)] = []
    private var loadDiagnostics: [Diagnostic]
    var builder: NodeRowBuilder

    init(file: String, data: Data, resolver: ColumnResolver) {
        self.file = file
        var sink = DiagnosticSink()
        let documents = YAMLLoader().loadAll(SourceFile(path: file, bytes: Array(data)), diagnostics: &sink)
        loadDiagnostics = sink.diagnostics
        for document in documents {
            let items = document.root.sequence ?? [document.root]
            pending += items.map { (document, $0) }
        }
        pending.reverse()
        builder = NodeRowBuilder(resolver: resolver)
    }

    mutating func next() -> SourceOutput? {
        if !loadDiagnostics.isEmpty {
            defer { loadDiagnostics = [] }
            return .fileDiagnostics(loadDiagnostics)
        }
        guard let (document, node) = pending.popLast() else { return nil }
        if node.scalar?.value == .null { return next() }
        guard let row = builder.row(node, locate: document.location(of:)) else {
            let diagnostic = Diagnostic(
                .feedBadRow, "expected a mapping for a product, found \(node.kindDescription); it is skipped",
                at: document.location(of: node))
            return .unreadable(diagnostic, rowCount: 1)
        }
        defer { builder.diagnostics = [] }
        return .rows([row], notes: builder.diagnostics)
    }
}
