import BrandDiagnostics
import BrandTestSupport
import Foundation
import Testing

@testable import BrandYAML

/// The result of loading a test input.
struct LoadResult {
    let documents: [YAMLDocument]
    let diagnostics: [Diagnostic]

    var codes: [String] { diagnostics.map(\.code.id) }
    var root: YAMLNode? { documents.first?.root }

    /// `line:column` of the first diagnostic with `code`, for assertions.
    func position(of code: DiagnosticCode) -> String? {
        guard let start = diagnostics.first(where: { $0.code == code })?.location?.range?.start else { return nil }
        return "\(start.line):\(start.column)"
    }
}

func load(_ text: String, limits: YAMLLimits = .default) -> LoadResult {
    load(bytes: Array(text.utf8), limits: limits)
}

func load(bytes: [UInt8], limits: YAMLLimits = .default) -> LoadResult {
    var sink = DiagnosticSink()
    let documents = YAMLLoader(limits: limits).loadAll(SourceFile(path: "test.yaml", bytes: bytes), diagnostics: &sink)
    return LoadResult(documents: documents, diagnostics: sink.diagnostics)
}

func loadSingle(_ text: String) -> (YAMLDocument?, LoadResult) {
    var sink = DiagnosticSink()
    let document = YAMLLoader().loadSingle(SourceFile(path: "test.yaml", text: text), diagnostics: &sink)
    return (document, LoadResult(documents: document.map { [$0] } ?? [], diagnostics: sink.diagnostics))
}

extension YAMLNode {
    subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    var value: YAMLValue? { scalar?.value }
}
