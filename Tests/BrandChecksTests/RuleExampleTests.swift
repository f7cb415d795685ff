import BrandTestSupport
import Testing
import BrandDiagnostics
import BrandModel
import BrandYAML
@testable import BrandChecks

/// Runs every rule's own examples: triggering ones must report the rule's code exactly at their
/// `↓` markers (file, line, column and byte offset), the others must not report it. Each example
/// runs as written and again rewritten (`ExampleVariant`); the markers move with the text.
@Suite struct RuleExampleTests {
    /// Lints the files of one example.
    static func run(_ files: [String: String]) -> [Diagnostic] {
        let fileSystem = MemoryFileSystem(files: files)
        var sink = DiagnosticSink()
        let guide = BrandGuideLoader(fileSystem: fileSystem).load(MarkedExample.brand, diagnostics: &sink)
        var products: [ProductRecord] = []
        if let text = files[MarkedExample.product],
            let document = YAMLLoader().loadSingle(SourceFile(path: MarkedExample.product, text: text), diagnostics: &sink),
            let product = ProductRecord.decode(document, diagnostics: &sink)
        {
            products.append(product)
        }
        var templates: [PromptTemplate] = []
        if let text = files[MarkedExample.template] {
            templates.append(PromptTemplate.decode(
                SourceFile(path: MarkedExample.template, text: text), loader: YAMLLoader(), diagnostics: &sink))
        }
        CheckRegistry.run(CheckInput(guide: guide, products: products, templates: templates, fileSystem: fileSystem),
                          diagnostics: &sink)
        return sink.diagnostics
    }

    /// Where the diagnostics with code `id` start, as places to compare with the markers.
    static func places(of id: String, in diagnostics: [Diagnostic]) -> [MarkedExample.Place] {
        diagnostics.filter { $0.code.id == id }.map { diagnostic in
            let start = diagnostic.location?.start
            return MarkedExample.Place(
                file: diagnostic.location?.file ?? "<no file>", line: start?.line ?? 0, column: start?.column ?? 0,
                offset: start?.offset ?? -1)
        }.sorted()
    }

    static let rules: [(String, any CheckRule)] = CheckRegistry.rules.map { ($0.code.id, $0) }

    @Test(arguments: rules, ExampleVariant.allCases)
    func triggeringExamplesReportTheRuleWhereMarked(rule: (id: String, rule: any CheckRule), variant: ExampleVariant) {
        #expect(!rule.rule.examples.triggering.isEmpty, "\(rule.id) has no triggering example")
        for example in rule.rule.examples.triggering {
            let marked = MarkedExample(example, transform: variant.apply)
            #expect(!marked.places.isEmpty, "\(rule.id): a triggering example marks no place with ↓:\n\(example)")
            let found = Self.places(of: rule.id, in: Self.run(marked.files))
            #expect(found == marked.places, """
                \(rule.id) \(variant): expected at \(marked.places), reported at \(found) on:
                \(example)
                """)
        }
    }

    @Test(arguments: rules, ExampleVariant.allCases)
    func nonTriggeringExamplesStayQuiet(rule: (id: String, rule: any CheckRule), variant: ExampleVariant) {
        #expect(!rule.rule.examples.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
        for example in rule.rule.examples.nonTriggering {
            let marked = MarkedExample(example, transform: variant.apply)
            #expect(marked.places.isEmpty, "\(rule.id): a non-triggering example has a ↓ marker:\n\(example)")
            let found = Self.run(marked.files).filter { $0.code.id == rule.id }
            #expect(found.isEmpty, "\(rule.id) \(variant) fired on:\n\(example)\n\(found.map(\.message))")
        }
    }

    /// What a person is shown of an example has no marker in it, and nothing else is taken out.
    @Test func markersAreNotPartOfTheExamples() {
        for rule in CheckRegistry.rules {
            for example in rule.examples.triggering {
                let shown = RuleExamples.withoutMarkers(example)
                #expect(!shown.unicodeScalars.contains(RuleExamples.positionMarker))
                #expect(shown.unicodeScalars.count
                    == example.unicodeScalars.count - MarkedExample(example).places.count)
                let files = MarkedExample(example).files.values
                #expect(files.allSatisfy { !$0.unicodeScalars.contains(RuleExamples.positionMarker) })
            }
        }
    }

    /// The marker arithmetic itself, on a hand-counted text.
    @Test func markedPlacesCountBytesLinesAndScalars() {
        let marked = MarkedExample("a: ↓x\nb: {t: お茶↓z}\n=== product\nid: ↓P1", transform: ExampleVariant.byteOrderMark.apply)
        #expect(marked.places == [
            MarkedExample.Place(file: "brand.yaml", line: 1, column: 4, offset: 6),
            MarkedExample.Place(file: "brand.yaml", line: 2, column: 10, offset: 21),
            MarkedExample.Place(file: "product.yaml", line: 1, column: 5, offset: 7),
        ])
        #expect(marked.files["brand.yaml"] == "\u{FEFF}a: x\nb: {t: お茶z}\n")
    }

    @Test func everyRuleHasADistinctCode() {
        let ids = CheckRegistry.rules.map(\.code.id)
        #expect(Set(ids).count == ids.count)
    }
}
