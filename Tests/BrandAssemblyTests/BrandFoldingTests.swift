import Testing
import BrandDiagnostics
import BrandModel
@testable import BrandAssembly

/// Folding turns the top-level nodes that depend on the brand alone into text, once per run; the
/// differential tests show the folded tree still renders what swift-mustache renders.
@Suite struct BrandFoldingTests {
    func fold(_ body: String, brand: ContextValue = TemplateFixtures.brands[0]) -> [TemplateNode] {
        BrandFolding(renderer: TemplateFixtures.renderer().treeRenderer).fold(TemplateSyntaxTree(parsing: body).nodes, brand: brand)
    }

    @Test func aBrandOnlyTemplateBecomesOneText() {
        #expect(fold("{{brand.name}}\n{{#brand.colors}}\n- {{name}}\n{{/brand.colors}}\n")
            == [.text("Kumo & <Co>\n- Forest\n- Snow\n")])
    }

    @Test func brandOnlyPartialsAndSectionsFoldAndRequestDataStays() {
        let nodes = fold("Create {{product.title}} for {{brand.name}}.\n{{> brand-block}}\nAvoid: {{#brand.avoid}}{{.}}; {{/brand.avoid}}\n{{#product.attributes}}\n- {{name}}\n{{/product.attributes}}\n")
        #expect(nodes.count == 4)
        guard nodes.count == 4, case .text("Create ") = nodes[0], case .variable = nodes[1],
            case .text(let folded) = nodes[2], case .section = nodes[3]
        else {
            Issue.record("unexpected nodes \(nodes)")
            return
        }
        #expect(folded == " for Kumo & <Co>.\nBrand: Kumo & <Co> (Tea, slowly.)\nPalette: Forest #1B3A2D as primary; Snow #FAFAF7; \nAvoid: clutter; neon; \n")
    }

    @Test(arguments: [
        "{{#brand.colors}}\n{{product.id}}\n{{/brand.colors}}\n", "{{#brand.colors}}\n{{image}}\n{{/brand.colors}}\n",
        "{{> product-line}}\n", "{{.}}\n", "{{name}}\n", "{{#brand.avoid}}{{references}}{{/brand.avoid}}",
    ])
    func whatReachesRequestDataIsNotFolded(_ body: String) {
        let nodes = fold(body)
        #expect(nodes.contains { if case .text = $0 { false } else { true } }, "\(body.debugDescription) → \(nodes)")
    }
}
