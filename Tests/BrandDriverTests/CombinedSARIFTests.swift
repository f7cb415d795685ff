import BrandTestSupport
import BrandDiagnostics
import BrandReporters
import Foundation
import Testing

/// One SARIF log over every broken case is valid SARIF 2.1.0 (checked with Python's `jsonschema`
/// against the shared schema; skipped, visibly, when the shared folder or `jsonschema` is missing).
@Suite(.enabled(if: PackageRoot.isWorkingDirectory, "the package root must be reachable as the working directory"))
struct CombinedSARIFTests {
    @Test(.enabled(if: SharedFolder.sarifSchema != nil, "needs the shared SARIF schema ($BRANDC_SHARED or ../shared)"),
          .enabled(if: SchemaValidator.isAvailable, "needs python3 with jsonschema (scripts/setup.sh installs it)"))
    func sarifOfAllBrokenCasesMatchesTheSchema() async throws {
        let schema = try #require(SharedFolder.sarifSchema)
        var diagnostics: [Diagnostic] = []
        for brokenCase in BrokenCase.all { diagnostics += try BrokenFixtureTests.diagnostics(of: brokenCase) }
        #expect(Set(diagnostics.map(\.code.id)).count >= BrokenCase.all.count)
        let sarif = DiagnosticRendering.render(diagnostics, as: .sarif)
        let errors = try await SchemaValidator.errors(validating: sarif, against: schema)
        #expect(errors.isEmpty, "SARIF schema errors:\n\(errors.prefix(20).joined(separator: "\n"))")
    }
}
