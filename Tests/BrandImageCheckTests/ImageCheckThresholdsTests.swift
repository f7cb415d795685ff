import BrandDiagnostics
import BrandModel
import BrandYAML
import Testing

/// The `check:` section of brandc.yaml: values read, bad values reported at their line.
@Suite struct ImageCheckThresholdsTests {
    func decode(_ text: String) -> (ProjectConfig, [Diagnostic]) {
        var sink = DiagnosticSink()
        let file = SourceFile(path: "brandc.yaml", text: text)
        guard let document = YAMLLoader().loadSingle(file, diagnostics: &sink) else { return (ProjectConfig(), sink.diagnostics) }
        let config = ProjectConfig.decode(document, knownCodes: [], diagnostics: &sink)
        return (config, sink.diagnostics)
    }

    @Test func valuesAreRead() {
        let (config, problems) = decode("""
            check:
              palette-share: 45
              delta-e: 7.5
              foreign-colour-share: 20
              ocr-confidence: 70
              max-image-pixels: 1000000
            """)
        #expect(problems.isEmpty)
        #expect(config.imageChecks.paletteShare == 0.45)
        #expect(config.imageChecks.deltaE == 7.5)
        #expect(config.imageChecks.foreignColourShare == 0.2)
        #expect(config.imageChecks.ocrConfidence == 70)
        #expect(config.imageChecks.maxImagePixels == 1_000_000)
    }

    @Test func badValuesAreLocatedAndTheDefaultsKept() {
        let (config, problems) = decode("""
            check:
              palette-share: 140
              delta-e: 0
              max-image-pixels: -3
              ocr-confidence: high
              colour-share: 5
            """)
        #expect(problems.map(\.code.id).sorted() == ["M001", "M002", "M008", "M008", "M008"], "\(problems.map(\.message))")
        #expect(problems.first { $0.message.contains("palette-share") }?.location?.start?.line == 2)
        #expect(problems.first { $0.message.contains("max-image-pixels") }?.location?.start?.line == 4)
        #expect(config.imageChecks == ImageCheckThresholds())
    }
}
