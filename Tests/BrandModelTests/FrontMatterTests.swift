import Testing
import BrandDiagnostics
import BrandModel
import BrandYAML

/// A template's front matter is found between its `---` fences, with or without a byte order mark.
@Suite struct FrontMatterTests {
    func decode(_ bytes: [UInt8]) -> (PromptTemplate, [Diagnostic]) {
        var sink = DiagnosticSink()
        let template = PromptTemplate.decode(SourceFile(path: "t.mustache", bytes: bytes), loader: YAMLLoader(), diagnostics: &sink)
        return (template, sink.sorted)
    }

    @Test(arguments: [false, true]) func frontMatterIsReadAfterAByteOrderMark(bom: Bool) {
        let text = Array("---\ntarget: gemini\n---\nBody\n".utf8)
        let (template, diagnostics) = decode(bom ? [0xEF, 0xBB, 0xBF] + text : text)
        #expect(diagnostics.map(\.code).isEmpty)
        #expect(template.target?.value == "gemini")
        #expect(template.target?.location.start?.line == 2)
        #expect(template.target?.location.start?.column == 9)
        #expect(template.body == "Body\n")
        #expect(template.bodyStartLine == 4)
    }

    @Test func aFileWithoutFencesIsReported() {
        let (template, diagnostics) = decode([0xEF, 0xBB, 0xBF] + Array("Body\n".utf8))
        #expect(diagnostics.map(\.code) == [.missingFrontMatter])
        #expect(template.target == nil)
    }
}
