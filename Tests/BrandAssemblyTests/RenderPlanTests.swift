import Foundation
import Testing
import BrandDiagnostics
import BrandTestSupport
@testable import BrandAssembly

/// The render plan must write exactly what swift-mustache writes, or decline: every template is
/// rendered both ways over several contexts.
@Suite struct RenderPlanTests {
    /// Bodies that poke at swift-mustache's whitespace rules, lookups and section kinds.
    static let bodies = FoldedTemplateTests.templates + [
        "\nStarts with a blank line {{product.id}}\n",
        "   \n{{product.id}}",
        "{{#product.attributes}}\n  - {{name}}={{value}}\n{{/product.attributes}}\n",
        "  {{#product.attributes}}  \n{{name}}\n  {{/product.attributes}}\t\r\nafter\r\n",
        "x {{#product.attributes}}\n{{name}}\n{{/product.attributes}} y\n",
        "{{^product.attributes}}none{{/product.attributes}}|{{^product.missing}}absent{{/product.missing}}|{{^product.id}}no{{/product.id}}\n",
        "{{#product.title}}T: {{.}} / {{product.id}} / {{title}}{{/product.title}}\n",
        "{{#brand.colors}}{{#brand}}{{name}}{{/brand}}{{/brand.colors}}\n",
        "{{product.title.length}} {{brand.photography.style}} {{{product.title}}} {{& product.id}} {{ product.id }}\n",
        "  {{! indented comment }}  \n  {{! trailing }} text\n",
        "a { b {{product.id}} }} c\n",
        "{{#references}}{{number}}{{^number}}?{{/number}}, {{/references}}end",
        "{{#product.attributes}}{{#name}}[{{.}}]{{/name}}{{/product.attributes}}\n",
        "{{#product}}\n{{id}}\n{{/product}}\n   ",
        "{{#product.attributes}}\u{2028}{{name}}\n{{/product.attributes}}\n",
        "{{#product.attributes}} \n\n{{/product.attributes}}",
        "{{#image}}{{size}}{{/image}} {{#image.size}}{{.}}{{/image.size}}\n",
        "{{product}}\n",
        "{{#product.attributes}}{{.}}{{/product.attributes}}\n",
        "{{^product.attributes}}{{.}}{{/product.attributes}}\n",
        "{{uppercased(product.title)}}\n",
        "{{.product.id}}\n",
        "{{> product-line}}",
        "SIZE={{product.attributes.size}} {{#product.attributes.size}}has {{.}}{{/product.attributes.size}}{{^product.attributes.size}}none{{/product.attributes.size}}\n",
    ]

    /// Bodies the plan declines, so swift-mustache renders them: partials, delimiters, transforms, `.name`.
    static let declined: Set<String> = [
        "Intro {{product.title}}\n  {{> brand-block}}\nEnd",
        "{{=<% %>=}}\n<% brand.name %> <% product.title %>\n",
        "{{> product-line}}\n{{brand.name}}\n",
        "Head {{product.id}}\n{{> colors}}\n  {{> colors}}\n{{brand.name}}",
        "{{uppercased(product.title)}}\n",
        "{{.product.id}}\n",
        "{{> product-line}}",
    ]

    @Test(arguments: bodies.indices)
    func thePlanWritesWhatSwiftMustacheWrites(_ index: Int) throws {
        let body = Self.bodies[index]
        let renderer = try FoldedTemplateTests().renderer()
        var sink = DiagnosticSink()
        let reference = try #require(renderer.parse(body, file: SourceFile(path: "t.mustache", bytes: Array(body.utf8)),
                                                    bodyStartOffset: 0, diagnostics: &sink))
        guard let plan = RenderPlan(body: body) else {
            #expect(Self.declined.contains(body), "the plan declined \(body.debugDescription)")
            return
        }
        #expect(!Self.declined.contains(body))
        for brand in FoldedTemplateTests.brands {
            for product in FoldedTemplateTests.products {
                let context = FoldedTemplateTests.context(brand: brand, product: product)
                let expected = renderer.render(reference, context: context.anyMap)
                // Declining a context (a map written as text) is allowed; writing something else is not.
                if let text = plan.render(context) {
                    #expect(text == expected, "\(body.debugDescription)")
                }
            }
        }
    }

    @Test func listsAndMapsWrittenAsTextAreDeclined() throws {
        let context = FoldedTemplateTests.context(brand: FoldedTemplateTests.brands[0], product: FoldedTemplateTests.products[0])
        #expect(try #require(RenderPlan(body: "{{product}}\n")).render(context) == nil)
        #expect(try #require(RenderPlan(body: "{{#product.attributes}}{{.}}{{/product.attributes}}")).render(context) == nil)
    }

    /// The bundled templates, once their brand-only lines are folded, take the fast path.
    @Test(arguments: ["campaign-hero", "product-on-white", "studio-shot", "tall-banner"])
    func bundledTemplatesHaveAPlan(_ name: String) throws {
        let text = try String(contentsOf: BrandcExecutable.packageRoot.appendingPathComponent("templates/\(name).mustache"), encoding: .utf8)
        let parts = text.components(separatedBy: "---\n")
        let body = try #require(parts.count >= 3 ? parts[2...].joined(separator: "---\n") : nil)
        var renderer = TemplateRenderer()
        var sink = DiagnosticSink()
        let partial = BrandcExecutable.packageRoot.appendingPathComponent("templates/partials/brand-block.mustache")
        renderer.registerPartial("brand-block", file: SourceFile(path: partial.path, bytes: Array(try Data(contentsOf: partial))),
                                 diagnostics: &sink)
        let parsed = try #require(renderer.parse(body, file: SourceFile(path: name, bytes: Array(body.utf8)), bodyStartOffset: 0,
                                                 diagnostics: &sink))
        let folded = FoldedTemplate(body: body, parsed: parsed, renderer: renderer, brand: FoldedTemplateTests.brands[0])
        let plan = try #require(RenderPlan(body: folded.body))
        for product in FoldedTemplateTests.products {
            let context = FoldedTemplateTests.context(brand: FoldedTemplateTests.brands[0], product: product, folded: folded.values)
            #expect(plan.render(context) == renderer.render(parsed, context: context.anyMap))
        }
    }
}
