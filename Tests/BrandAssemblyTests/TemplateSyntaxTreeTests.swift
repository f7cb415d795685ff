import Testing
import BrandDiagnostics
import BrandModel
@testable import BrandAssembly

/// The Mustache that brandc relies on, pinned by its output (the differential tests pin it against
/// swift-mustache), and the tree's positions: every tag and every error is located.
@Suite struct TemplateSyntaxTreeTests {
    /// The tree's output, checked against swift-mustache's on the way.
    func render(_ body: String, product: Int = 0) -> String {
        let tree = TemplateSyntaxTree(parsing: body)
        #expect(tree.error == nil)
        let context = TemplateFixtures.context(brand: TemplateFixtures.brands[0], product: TemplateFixtures.products[product])
        let text = TemplateFixtures.renderer().treeRenderer.render(tree.nodes, root: context)
        #expect(text == MustacheReference(body: body, partials: TemplateFixtures.partials)?.render(context))
        return text
    }

    @Test func standaloneLinesAreRemoved() {
        #expect(render("A\n  {{#brand.avoid}}  \n- {{.}}\n  {{/brand.avoid}}\nB\n  {{! note }}\nC") == "A\n- clutter\n- neon\nB\nC")
        // The first line is not a new line (the text pragma is before it), unless it is blank.
        #expect(render("{{! x }}\nA") == "\nA")
        #expect(render("  \n{{! x }}\nA") == "A")
    }

    @Test func delimiterChangesAreFollowed() {
        // On the first line the change does not stand alone (see above), so its line break stays.
        #expect(render("{{=<% %>=}}\n<% brand.name %> {{x}}\n<%={{ }}=%>\n{{product.id}}") == "\nKumo & <Co> {{x}}\nP1")
        let tree = TemplateSyntaxTree(parsing: "{{=<% %>=}}<%product.id%>")
        #expect(tree.tags.map(\.kind) == [.delimiters, .variable])
        #expect(tree.tags.last?.nameRange == 13..<23)
    }

    @Test func partialsAreIndentedAsTheyStandAlone() {
        // The partial's own first line is not a new line either, so its section's line breaks stay.
        #expect(render("  {{> colors}}\nx") == "  \n  - Forest\n\n  - Snow\n\nx")
        #expect(render("  {{> product-line}}\n  {{> product-line}}\nx") == "  Product Sencha \"tin\"\n\n  Product Sencha \"tin\"\nx")
        #expect(render("Intro {{> product-line}}.") == "Intro Product Sencha \"tin\"\n.")
    }

    @Test func invertedSectionsDottedNamesAndTheImplicitIterator() {
        #expect(render("{{^product.attributes}}none{{/product.attributes}}", product: 1) == "none")
        #expect(render("{{^product.attributes}}none{{/product.attributes}}") == "")
        #expect(render("{{brand.photography.style}} {{product.attributes.size}}") == "calm M")
        #expect(render("{{#brand.avoid}}[{{.}}]{{/brand.avoid}}") == "[clutter][neon]")
        #expect(render("{{#brand.colors}}{{name}}{{#role}}={{.}}{{/role}} {{/brand.colors}}") == "Forest=primary Snow ")
    }

    @Test func everyTagIsLocated() {
        let body = "Hi {{ brand.name }}\n{{#brand.avoid}}{{.}}{{/brand.avoid}}{{> colors}}{{! c }}"
        let tags = TemplateSyntaxTree(parsing: body).tags
        #expect(tags.map(\.kind) == [.variable, .section, .variable, .close, .partial, .comment])
        let bytes = Array(body.utf8)
        #expect(tags.map { String(decoding: bytes[$0.nameRange], as: UTF8.self) }
            == ["brand.name", "brand.avoid", ".", "brand.avoid", "colors", ""])
        #expect(tags.map { String(decoding: bytes[$0.range], as: UTF8.self) }
            == ["{{ brand.name }}", "{{#brand.avoid}}", "{{.}}", "{{/brand.avoid}}", "{{> colors}}", "{{! c }}"])
    }

    func errors(_ text: String) -> [String] {
        let file = SourceFile(path: "t.mustache", text: text)
        var sink = DiagnosticSink()
        TemplateSyntaxTree(parsing: text).error?.report(in: file, bodyStartOffset: 0, diagnostics: &sink)
        return sink.diagnostics.map { d in
            "\(d.location?.start?.line ?? 0):\(d.location?.start?.column ?? 0) \(d.message)"
                + d.notes.map { " / \($0.location?.start?.line ?? 0):\($0.location?.start?.column ?? 0) \($0.message)" }.joined()
        }
    }

    @Test func syntaxErrorsHaveOnePosition() {
        #expect(errors("line\n  {{#brand.avoid}}x\n") == [
            "2:3 section 'brand.avoid' is never closed; add {{/brand.avoid}} / 3:1 the template ends here",
        ])
        #expect(errors("é {{#a}}{{/b}}") == ["1:12 template syntax error: a closing tag does not match the open section"])
        #expect(errors("Show {{product.title} on white.") == ["1:21 template syntax error: a tag is not closed with '}}'"])
        #expect(errors("{{=<% %>=}}\n<%name}}") == ["2:7 template syntax error: a tag is not closed with '%>'"])
        #expect(errors("a {{! never") == ["1:6 template syntax error: the template ends inside a tag"])
    }

    /// A body that does not parse keeps the tree up to the error, so its names are still checked.
    @Test func aBrokenBodyKeepsWhatParsed() {
        let tree = TemplateSyntaxTree(parsing: "{{brand.name}} {{#brand.avoid}}{{nmae}}")
        #expect(tree.error?.kind == .sectionNeverClosed)
        #expect(tree.tags.map(\.name) == ["brand.name", "brand.avoid", "nmae"])
        guard case .section(_, _, let body, _, nil)? = tree.nodes.last else {
            Issue.record("no open section in \(tree.nodes)")
            return
        }
        #expect(body.count == 1)
    }

    @Test func literalTextRunsBetweenTags() {
        let body = "Calm {{brand.name}}\n{{=<% %>=}}tea <%x%> {{not a tag}}\n"
        let runs = TemplateSyntaxTree(parsing: body).literalRuns(of: body)
        #expect(runs.map(\.text) == ["Calm ", "tea ", " {{not a tag}}\n"])
        #expect(runs.map(\.offset) == [0, 31, 40])
        #expect(TemplateSyntaxTree(parsing: "ok {{#a}} x {{/b}} rest").literalRuns(of: "ok {{#a}} x {{/b}} rest").map(\.text) == ["ok ", " x "])
    }
}
