public import BrandDiagnostics
import BrandYAML

extension Driver {
    /// The documents of a YAML file as JSON, one value per document per line (`marks` adds locations).
    public func inspect(_ path: String, marks: Bool) -> (json: String, diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink()
        guard let file = guides.readSource(path, referencedFrom: nil, diagnostics: &sink) else {
            return ("", finish(sink))
        }
        let documents = loader.loadAll(file, diagnostics: &sink)
        return (sink.hasErrors ? "" : YAMLJSON.lines(documents, marks: marks), finish(sink))
    }
}
