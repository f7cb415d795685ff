import BrandDiagnostics
import BrandReporters
import Testing

/// Every format over the fixture run, against the committed golden files.
@Suite struct GoldenTests {
    @Test func human() throws {
        let output = HumanRenderer().render(Fixtures.diagnostics, context: Fixtures.context())
        try GoldenFile.check(output + HumanRenderer.summaryLine(for: Fixtures.diagnostics, useColor: false) + "\n", named: "run.human.txt")
    }

    @Test func humanInColour() throws {
        let output = HumanRenderer().render(Fixtures.diagnostics, context: Fixtures.context(useColor: true))
        try GoldenFile.check(output + HumanRenderer.summaryLine(for: Fixtures.diagnostics, useColor: true) + "\n", named: "run.human-color.txt")
    }

    @Test func json() throws {
        try GoldenFile.check(JSONRenderer().render(Fixtures.diagnostics, context: Fixtures.context()), named: "run.json")
    }

    @Test func sarif() throws {
        try GoldenFile.check(SARIFRenderer().render(Fixtures.diagnostics, context: Fixtures.context()), named: "run.sarif")
    }

    @Test func github() throws {
        try GoldenFile.check(GitHubActionsRenderer().render(Fixtures.diagnostics, context: Fixtures.context()), named: "run.github.txt")
    }
}
