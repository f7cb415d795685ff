import BrandTestSupport
import Testing
import BrandDiagnostics
import BrandModel
import BrandYAML
@testable import BrandChecks

/// Runs every rule's own examples: triggering ones must report the rule's code, the others must not.
@Suite struct RuleExampleTests {
    /// Lints one example snippet (brand guide, then optional `=== product` and `=== template` parts).
    static func run(_ snippet: String) -> [Diagnostic] {
        var parts: [String: String] = [:]
        var current = "brand.yaml"
        var lines: [Substring] = []
        for line in snippet.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("=== ") {
                parts[current] = lines.joined(separator: "\n") + "\n"
                current = line.dropFirst(4) == "product" ? "product.yaml" : "template.mustache"
                lines = []
            } else {
                lines.append(line)
            }
        }
        parts[current] = lines.joined(separator: "\n") + "\n"
        let fileSystem = MemoryFileSystem(files: parts)
        var sink = DiagnosticSink()
        let guide = BrandGuideLoader(fileSystem: fileSystem).load("brand.yaml", diagnostics: &sink)
        var products: [ProductRecord] = []
        if let text = parts["product.yaml"],
            let document = YAMLLoader().loadSingle(SourceFile(path: "product.yaml", text: text), diagnostics: &sink),
            let product = ProductRecord.decode(document, diagnostics: &sink)
        {
            products.append(product)
        }
        var templates: [PromptTemplate] = []
        if let text = parts["template.mustache"] {
            templates.append(PromptTemplate.decode(
                SourceFile(path: "template.mustache", text: text), loader: YAMLLoader(), diagnostics: &sink))
        }
        CheckRegistry.run(CheckInput(guide: guide, products: products, templates: templates, fileSystem: fileSystem),
                          diagnostics: &sink)
        return sink.diagnostics
    }

    static let rules: [(String, any CheckRule)] = CheckRegistry.rules.map { ($0.code.id, $0) }

    @Test(arguments: rules)
    func triggeringExamplesReportTheRule(id: String, rule: any CheckRule) {
        #expect(!rule.examples.triggering.isEmpty, "\(id) has no triggering example")
        for example in rule.examples.triggering {
            let codes = Self.run(example).map(\.code.id)
            #expect(codes.contains(id), "\(id) did not fire on:\n\(example)\ngot \(codes)")
        }
    }

    @Test(arguments: rules)
    func nonTriggeringExamplesStayQuiet(id: String, rule: any CheckRule) {
        #expect(!rule.examples.nonTriggering.isEmpty, "\(id) has no non-triggering example")
        for example in rule.examples.nonTriggering {
            let found = Self.run(example).filter { $0.code.id == id }
            #expect(found.isEmpty, "\(id) fired on:\n\(example)\n\(found.map(\.message))")
        }
    }

    @Test func everyRuleHasADistinctCode() {
        let ids = CheckRegistry.rules.map(\.code.id)
        #expect(Set(ids).count == ids.count)
    }
}
