import Testing
import BrandDiagnostics
@testable import BrandAssembly

/// Folding renders a template's brand-only lines once; every product must still get exactly the
/// text the unfolded template renders, whatever Mustache's standalone-line rules do at the edges.
@Suite struct FoldedTemplateTests {
    static let partials = [
        "brand-block": "Brand: {{brand.name}}{{#brand.tagline}} ({{brand.tagline}}){{/brand.tagline}}\nPalette: {{#brand.colors}}{{name}} {{hex}}{{#role}} as {{role}}{{/role}}; {{/brand.colors}}\n",
        "product-line": "Product {{product.title}}\n",
        "colors": "{{#brand.colors}}\n  - {{name}}\n{{/brand.colors}}\n",
    ]

    static let templates = [
        "{{#brand.colors}}\n- {{name}}\n{{/brand.colors}}\nTitle {{product.title}}\n",
        "Intro {{product.title}}\n  {{> brand-block}}\nEnd",
        "A {{product.title}}\n{{#brand.colors}}\n{{product.title}} {{name}}\n{{/brand.colors}}\n",
        "{{! a comment }}\r\n{{^brand.tagline}}no tagline{{/brand.tagline}}\r\nX {{image.size}}\r\n",
        "{{product.id}}\n{{#brand.avoid}}\n{{.}}\n{{/brand.avoid}}",
        "{{#brand.missing}}\nnothing\n{{/brand.missing}}\nP {{product.id}}\n",
        "{{=<% %>=}}\n<% brand.name %> <% product.title %>\n",
        "{{#brand.colors}}{{name}}, {{/brand.colors}}\n{{#product.attributes}}\n{{name}}: {{value}}\n{{/product.attributes}}\n",
        "{{> product-line}}\n{{brand.name}}\n",
        "Top {{product.id}}\nColors: {{#brand.colors}}{{name}} {{/brand.colors}}\n{{#brand.tagline}}\n{{/brand.tagline}}\nEnd {{product.id}}\n",
        "{{#brand.colors}}\n{{#role}}{{role}} {{product.id}}{{/role}}\n{{/brand.colors}}\n",
        "Head {{product.id}}\n{{> colors}}\n  {{> colors}}\n{{brand.name}}",
        "{{#brand.photography}}\n{{style}} / {{lighting}}\n{{/brand.photography}}\n{{#references}}{{number}} {{/references}}\n",
        "{{! multi\nline }}{{brand.name}}\n{{product.title}}\n",
    ]

    static let brands: [ContextValue] = [
        .map([
            "name": .text("Kumo"), "tagline": .text("Tea, slowly."), "avoid": .texts(["clutter", "neon"]),
            "colors": .list([
                .map(["name": .text("Forest"), "hex": .text("#1B3A2D"), "role": .text("primary")]),
                .map(["name": .text("Snow"), "hex": .text("#FAFAF7")]),
            ]),
            "photography": .map(["style": .text("calm"), "lighting": .text("soft")]),
        ]),
        .map(["name": .text("Bare"), "colors": .list([]), "avoid": .list([])]),
    ]

    static let products: [ContextValue] = [
        .map(["id": .text("P1"), "title": .text("Sencha \"tin\""), "description": .text("Loose leaf."),
              "attributes": .namedList([.map(["name": .text("size"), "value": .text("M")])], byName: ["size": .text("M")])]),
        .map(["id": .text("P2"), "attributes": .namedList([], byName: [:])]),
    ]

    /// A request's context around `brand` and `product`, with the folded values when there are some.
    static func context(brand: ContextValue, product: ContextValue, folded: [String: String] = [:]) -> ContextValue {
        var context = PromptContext.base(brand: brand, folded: folded)
        context["product"] = product
        context["image"] = .map(["size": .text("2K")])
        context["references"] = .list([.map(["number": .text("1")]), .map(["number": .text("2")])])
        return .map(context)
    }

    func renderer() throws -> TemplateRenderer {
        var renderer = TemplateRenderer()
        var sink = DiagnosticSink()
        for (name, text) in Self.partials {
            renderer.registerPartial(name, file: SourceFile(path: "\(name).mustache", bytes: Array(text.utf8)), diagnostics: &sink)
        }
        #expect(sink.diagnostics.isEmpty)
        return renderer
    }

    @Test(arguments: templates.indices)
    func foldedTemplatesRenderExactlyWhatTheTemplateRenders(_ index: Int) throws {
        let body = Self.templates[index]
        let renderer = try renderer()
        var sink = DiagnosticSink()
        let parsed = try #require(renderer.parse(body, file: SourceFile(path: "t.mustache", bytes: Array(body.utf8)),
                                                 bodyStartOffset: 0, diagnostics: &sink))
        for brand in Self.brands {
            let folded = FoldedTemplate(body: body, parsed: parsed, renderer: renderer, brand: brand)
            for product in Self.products {
                let plain = renderer.render(parsed, context: Self.context(brand: brand, product: product).anyMap)
                let context = Self.context(brand: brand, product: product, folded: folded.values)
                #expect(renderer.render(folded.template, context: context.anyMap) == plain, "template \(index): \(body.debugDescription)")
            }
        }
    }

    @Test func onlyWholeBrandOnlyLinesWithATagAreFolded() {
        let body = "Create \"{{product.title}}\" for {{brand.name}}.\n\n{{> brand-block}}\n\nFacts:\n{{#product.attributes}}\n- {{name}}\n{{/product.attributes}}\nAvoid: {{#brand.avoid}}{{.}}; {{/brand.avoid}}done.\nAspect {{image.aspect_ratio}}.\n"
        let runs = BrandOnlyLines.runs(in: body, partials: Self.partials).map { range in
            String(decoding: Array(body.utf8)[range], as: UTF8.self)
        }
        #expect(runs == ["\n{{> brand-block}}\n\nFacts:\n", "Avoid: {{#brand.avoid}}{{.}}; {{/brand.avoid}}done.\n"])
    }

    @Test func sectionsThatReachRequestDataOrOtherTagsAreNotFolded() {
        #expect(BrandOnlyLines.runs(in: "{{#brand.colors}}\n{{product.id}}\n{{/brand.colors}}\n", partials: [:]).isEmpty)
        #expect(BrandOnlyLines.runs(in: "{{#brand.colors}}\n{{image}}\n{{/brand.colors}}\n", partials: [:]).isEmpty)
        #expect(BrandOnlyLines.runs(in: "{{> product-line}}\n", partials: Self.partials).isEmpty)
        #expect(BrandOnlyLines.runs(in: "{{> unknown}}\n", partials: Self.partials).isEmpty)
        #expect(BrandOnlyLines.runs(in: "{{.}}\n", partials: [:]).isEmpty)
        #expect(BrandOnlyLines.runs(in: "{{=<% %>=}}\n<% brand.name %>\n", partials: [:]).isEmpty)
        #expect(BrandOnlyLines.runs(in: "Plain text only\n", partials: [:]).isEmpty)
    }

    @Test func aBrandOnlyTemplateBecomesOneValue() throws {
        let body = "{{brand.name}}\n{{#brand.colors}}\n- {{name}}\n{{/brand.colors}}\n"
        let renderer = try renderer()
        var sink = DiagnosticSink()
        let parsed = try #require(renderer.parse(body, file: SourceFile(path: "t.mustache", bytes: Array(body.utf8)),
                                                 bodyStartOffset: 0, diagnostics: &sink))
        let folded = FoldedTemplate(body: body, parsed: parsed, renderer: renderer, brand: Self.brands[0])
        #expect(folded.values == ["__brandc_folded_1": "Kumo\n- Forest\n- Snow"])
    }
}
