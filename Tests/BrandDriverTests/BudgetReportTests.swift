import BrandTestSupport
import BrandAssembly
import BrandDiagnostics
import BrandDriver
import BrandModel
import BrandTokens
import Foundation
import Testing

/// Budget reports, golden: a case that trims (estimated counts, so the figures need no vocabulary)
/// and a bundled example counted exactly with Google's vocabulary.
@Suite(.enabled(if: PackageRoot.isWorkingDirectory, "the package root must be reachable as the working directory"))
struct BudgetReportTests {
    static let trimmed = "\(PackageRoot.fixtures)/broken/K002-section-trimmed"
    static let exactGolden = "kumo-sencha-ja.json"

    static func trimmedGolden(_ format: BudgetReport.Format) -> String {
        "K002-section-trimmed.\(format == .markdown ? "md" : format == .json ? "json" : "txt")"
    }

    /// The trimmed case in every format and the exactly counted example (kept when the vocabulary
    /// is missing and that test skips), and nothing else.
    @Test func theGoldenFolderHoldsExactlyTheseReports() throws {
        try Goldens.budget.expectExactly(Set(BudgetReport.Format.allCases.map(Self.trimmedGolden) + [Self.exactGolden]))
    }

    @Test func aTrimmedRequestRendersAsItsGoldens() throws {
        var driver = Driver()
        driver.tokenizer = .estimate
        driver.registry = Driver.loadRegistry("\(Self.trimmed)/registry.yaml").0
        let result = driver.assemble(CompileJob(
            brand: "\(Self.trimmed)/brand.yaml", template: "\(Self.trimmed)/template.mustache", outputDirectory: ""))
        let entries = result.prompts.compactMap(BudgetEntry.init)
        #expect(entries.count == 1)
        #expect(result.diagnostics.map(\.code.id) == ["A009", "K002"], "a brand-only request, trimmed")
        let budget = try #require(entries.first?.budget)
        #expect(budget.fits && budget.total <= budget.budget.available)
        for format in BudgetReport.Format.allCases {
            try Goldens.budget.check(BudgetReport.render(entries, as: format), named: Self.trimmedGolden(format))
        }
    }

    @Test(.enabled(if: SharedFolder.geminiVocabulary != nil, "needs ../shared/reference/tokenizers (BRANDC_SHARED)"))
    func anExampleCountedExactly() throws {
        let vocabulary = try #require(SharedFolder.geminiVocabulary)
        var driver = Driver()
        driver.tokenizer = .counter(SentencePieceEncoder(model: try SentencePieceModel(contentsOf: vocabulary.path)))
        let result = driver.assemble(CompileJob(
            brand: "brands/kumo/brand.yaml", template: "templates/campaign-hero.mustache",
            products: ["products/kumo/sencha-tin.yaml"], locale: "ja", outputDirectory: ""))
        #expect(result.diagnostics.isEmpty)
        let entries = result.prompts.compactMap(BudgetEntry.init)
        #expect(entries.first?.budget.method == .exactSentencePiece)
        try Goldens.budget.check(BudgetReport.render(entries, as: .json), named: Self.exactGolden)
    }

    @Test func noTrimTurnsTrimmingIntoErrors() {
        var driver = Driver()
        driver.tokenizer = .estimate
        driver.registry = Driver.loadRegistry("\(Self.trimmed)/registry.yaml").0
        driver.budgetOptions.noTrim = true
        let result = driver.compile(CompileJob(
            brand: "\(Self.trimmed)/brand.yaml", template: "\(Self.trimmed)/template.mustache",
            outputDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("brandc-notrim-\(UUID())").path))
        #expect(result.written.isEmpty)
        #expect(result.diagnostics.map { "\($0.code.id) \($0.severity)" } == ["K002 error"])
    }
}
