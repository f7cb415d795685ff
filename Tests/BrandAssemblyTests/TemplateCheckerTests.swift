import Testing
import BrandDiagnostics
import BrandModel
import BrandYAML
@testable import BrandAssembly

@Suite struct TemplateCheckerTests {
    func check(_ text: String, partials: Set<String> = ["brand-block"]) -> [String] {
        let file = SourceFile(path: "t.mustache", text: text)
        var sink = DiagnosticSink()
        let template = PromptTemplate.decode(file, loader: YAMLLoader(), diagnostics: &sink)
        TemplateChecker.check(template, in: file, partials: partials, diagnostics: &sink)
        return sink.sorted.map { d in
            "\(d.code.id)@\(d.location?.start?.line ?? 0):\(d.location?.start?.column ?? 0)" + (d.fix.map { " \($0.message)" } ?? "")
        }
    }

    @Test func knownNamesSectionsAndPartialsPass() {
        let text = "---\nname: t\n---\n{{brand.name}} {{#brand.colors}}{{name}} {{hex}}{{/brand.colors}}\n"
            + "{{#product.attributes}}{{name}}={{value}}{{/product.attributes}} {{> brand-block}} {{locale.copy.anything}}\n"
            + "{{#brand.dos}}- {{.}}{{/brand.dos}}{{! a comment naming {{nothing}} }}"
        #expect(check(text) == [])
    }

    @Test func unknownNamesAndPartialsAreReportedWhereTheyAre() {
        let text = "---\nname: t\n---\nFor {{brand.nmae}}:\n  {{#brand.colors}}{{hexx}}{{/brand.colors}} {{> brand-blok}} {{prodcut.title}}\n"
        #expect(check(text) == [
            "T002@4:7 did you mean 'brand.name'?", "T002@5:22 did you mean 'hex'?",
            "T003@5:50 did you mean 'brand-block'?", "T002@5:65 did you mean 'product.title'?",
        ])
    }

    /// Attribute names come from each product, so the checker accepts any; a name below one is not
    /// an attribute (`brand.colors.name` is not a member) and a fix never repeats the name it fixes.
    @Test func attributesByNamePassAndNoFixRepeatsItsName() {
        #expect(check("---\nname: t\n---\n{{product.attributes.size}} {{#product.attributes.colour}}{{.}}{{/product.attributes.colour}}\n") == [])
        #expect(check("---\nname: t\n---\n{{brand.colors.name}}\n") == ["T002@4:3"])
    }

    /// Names after a delimiter change are checked (the tag scanner before the tree stopped there),
    /// and so are those inside a section that is never closed.
    @Test func namesAfterDelimiterChangesAndInUnclosedSectionsAreChecked() {
        #expect(check("---\nname: t\n---\n{{=<% %>=}}\n<% brand.nmae %> <%> brand-blok%>\n") == [
            "T002@5:4 did you mean 'brand.name'?", "T003@5:22 did you mean 'brand-block'?",
        ])
        #expect(check("---\nname: t\n---\n{{#brand.colors}}{{hexx}}\n") == ["T002@4:20 did you mean 'hex'?"])
    }

    @Test func templateWithoutFrontMatterIsReported() {
        #expect(check("Hello {{brand.name}}") == ["T004@1:1 add '---', then e.g. 'target: gemini-3.1-flash-image', then '---' above the body"])
    }

    @Test func frontMatterValuesAreChecked() {
        #expect(check("---\ntarget: gemini-9\nresponse: [txt]\nnmae: x\n---\nbody\n") == [
            "M008@3:12", "M002@4:1 did you mean 'name'?",
        ])
    }

    @Test func syntaxErrorsPointIntoTheTemplateFile() {
        var sink = DiagnosticSink()
        let file = SourceFile(path: "t.mustache", text: "---\nname: t\n---\nline one\n{{#brand.dos}}never closed\n")
        let template = PromptTemplate.decode(file, loader: YAMLLoader(), diagnostics: &sink)
        _ = TemplateRenderer().parse(template.body, file: file, bodyStartOffset: template.bodyStartOffset, diagnostics: &sink)
        #expect(sink.diagnostics.map(\.code.id) == ["T001"])
        #expect((sink.diagnostics.first?.location?.start?.line ?? 0) >= 5)
    }
}
