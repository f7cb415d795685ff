import Testing
import BrandDiagnostics
import BrandModel
@testable import BrandAssembly

/// The tree's renderer must write exactly what swift-mustache writes, folded or not, on every body
/// and context; the counts make sure the comparisons really ran (nothing declined or skipped).
@Suite struct TemplateRenderingDifferentialTests {
    /// Renders every body over every context by the tree (as written and folded for the context's
    /// brand) and by swift-mustache; returns how many pairs were compared, the different texts
    /// swift-mustache wrote, and the pairs that differ.
    static func compareAll() -> (compared: Int, outputs: Set<String>, mismatches: [String]) {
        let renderer = TemplateFixtures.renderer()
        var compared = 0
        var outputs: Set<String> = []
        var mismatches: [String] = []
        for body in TemplateFixtures.bodies {
            let tree = TemplateSyntaxTree(parsing: body)
            guard tree.error == nil, tree.referenceOnlyFeature == nil,
                let reference = MustacheReference(body: body, partials: TemplateFixtures.partials)
            else {
                mismatches.append("not compared: \(body.debugDescription)")
                continue
            }
            for brand in TemplateFixtures.brands {
                let folded = BrandFolding(renderer: renderer.treeRenderer).fold(tree.nodes, brand: brand)
                for product in TemplateFixtures.products {
                    let context = TemplateFixtures.context(brand: brand, product: product)
                    let expected = reference.render(context)
                    outputs.insert(expected)
                    for nodes in [tree.nodes, folded] {
                        compared += 1
                        let text = renderer.treeRenderer.render(nodes, root: context)
                        if text != expected { mismatches.append("\(body.debugDescription): \(text.debugDescription) ≠ \(expected.debugDescription)") }
                    }
                }
            }
        }
        return (compared, outputs, mismatches)
    }

    @Test func theTreeWritesWhatSwiftMustacheWrites() {
        let (compared, outputs, mismatches) = Self.compareAll()
        #expect(mismatches == [])
        // Not vacuous: the contexts reach the text, so the bodies write many different texts
        // (two renderers that both wrote nothing, or ignored the context, would agree).
        print("differential: \(compared) pairs, \(outputs.count) distinct texts")
        #expect(outputs.filter { !$0.isEmpty }.count >= TemplateFixtures.bodies.count * 2)
        // Every body × 2 brands × 2 products × (as written, folded).
        #expect(compared == TemplateFixtures.bodies.count * 8)
        #expect(compared == 400)
    }

    /// A body the tree leaves to swift-mustache is named as such, and compiles to swift-mustache.
    @Test(arguments: TemplateFixtures.referenceOnly.sorted())
    func referenceOnlyFeaturesAreDetected(_ body: String) throws {
        let tree = TemplateSyntaxTree(parsing: body)
        #expect(tree.error == nil)
        #expect(tree.referenceOnlyFeature != nil)
        let compiled = try #require(CompiledTemplate(tree, body: body, renderer: TemplateFixtures.renderer(),
                                                     brand: TemplateFixtures.brands[0]))
        guard case .reference = compiled else {
            Issue.record("\(body.debugDescription) compiled to the tree")
            return
        }
        let reference = try #require(MustacheReference(body: body, partials: TemplateFixtures.partials))
        for context in TemplateFixtures.contexts { #expect(compiled.render(context) == reference.render(context)) }
    }

    @Test func bodiesWithoutThoseFeaturesRenderByTheTree() throws {
        for body in TemplateFixtures.bodies {
            let compiled = CompiledTemplate(TemplateSyntaxTree(parsing: body), body: body,
                                            renderer: TemplateFixtures.renderer(), brand: TemplateFixtures.brands[0])
            guard case .tree? = compiled else {
                Issue.record("\(body.debugDescription) did not compile to the tree")
                continue
            }
        }
    }

    /// Bodies swift-mustache refuses are refused by the tree, and the other way round.
    static let malformed = [
        "{{#a}}never closed", "{{#a}}{{/b}}", "{{/a}}", "Show {{product.title} on white.\n", "{{a", "{{{a}}",
        "{{{a}}x", "{{! never closed", "{{=<% %>}}", "{{= x =}}", "{{=<%%>=}}", "{{% CONTENT_TYPE: PDF}}",
        "{{% nothing}}", "{{%CONTENT_TYPE}}", "{{a b}}", "{{f(x}}", "{{f(x))}}", "{{f)x}}",
        "{{<p}}{{v}}{{/p}}", "{{$f(x)}}{{/f(x)}}", "{{#f(x)}}{{/x}}", "x {", "a {{> p",
    ]

    @Test func theTreeRefusesWhatSwiftMustacheRefuses() {
        var compared = 0
        for body in Self.malformed + TemplateFixtures.bodies + TemplateFixtures.referenceOnly.sorted() {
            let reference = MustacheReference(body: body, partials: [:])
            let tree = TemplateSyntaxTree(parsing: body)
            #expect((reference == nil) == (tree.error != nil), "\(body.debugDescription): \(String(describing: tree.error))")
            compared += 1
        }
        #expect(compared == Self.malformed.count + TemplateFixtures.bodies.count + TemplateFixtures.referenceOnly.count)
        #expect(Self.malformed.filter { MustacheReference(body: $0, partials: [:]) != nil } == [])
    }
}
