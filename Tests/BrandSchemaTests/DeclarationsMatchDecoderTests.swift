import BrandDiagnostics
import BrandModel
import BrandSchema
import BrandYAML
import Testing

/// The declarations the schema, hover and completion are generated from say exactly what the
/// decoders accept: a document with every declared key decodes cleanly, and a stray key in every
/// declared mapping is reported once per mapping, with the decoder's own list of known keys equal
/// to the declared one.
@Suite struct DeclarationsMatchDecoderTests {
    static let ruleNames = ModelDiagnostics.all.flatMap { [$0.id, $0.name] }

    static func decode(_ kind: SchemaDocument, _ json: String) -> [Diagnostic] {
        var sink = DiagnosticSink()
        let loader = YAMLLoader()
        if kind == .template {
            let file = SourceFile(path: "sample.mustache", text: "---\n\(json)\n---\nBody.\n")
            _ = PromptTemplate.decode(file, loader: loader, diagnostics: &sink)
            return sink.diagnostics
        }
        guard let document = loader.loadSingle(SourceFile(path: "sample.yaml", text: json), diagnostics: &sink) else {
            return sink.diagnostics
        }
        switch kind {
        case .guide: _ = BrandGuide.decode(document, diagnostics: &sink)
        case .product: _ = ProductRecord.decode(document, diagnostics: &sink)
        case .config: _ = ProjectConfig.decode(document, knownCodes: ModelDiagnostics.all, diagnostics: &sink)
        case .template: break
        }
        return sink.diagnostics
    }

    @Test(arguments: SchemaDocument.allCases)
    func everyDeclaredKeyDecodesCleanly(kind: SchemaDocument) {
        var sample = ShapeSample(withStrays: false)
        let json = sample.value(for: kind.shape(ruleNames: Self.ruleNames)).compactText()
        let problems = Self.decode(kind, json)
        #expect(problems.isEmpty, "\(kind.rawValue): \(problems.map(\.message)) for \(json)")
    }

    @Test(arguments: SchemaDocument.allCases)
    func everyDeclaredMappingKnowsExactlyItsDeclaredKeys(kind: SchemaDocument) {
        var sample = ShapeSample(withStrays: true)
        let json = sample.value(for: kind.shape(ruleNames: Self.ruleNames)).compactText()
        let problems = Self.decode(kind, json)
        let strays = problems.filter { $0.code == .unknownKey }
        #expect(strays.count == problems.count, "\(kind.rawValue): \(problems.map(\.message))")
        #expect(strays.allSatisfy { $0.message.contains(ShapeSample.strayKey) })
        #expect(strays.flatMap { $0.notes.map(\.message) }.sorted() == sample.strayNotes.sorted(), "\(kind.rawValue)")
    }
}
