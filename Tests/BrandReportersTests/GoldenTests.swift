import BrandDiagnostics
import BrandReporters
import BrandTestSupport
import Foundation
import Testing

/// Every format over the fixture run, against the committed golden files under `Golden/`.
@Suite struct GoldenTests {
    static let goldens = GoldenFolder(
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden"))

    @Test func human() throws {
        let output = HumanRenderer().render(Fixtures.diagnostics, context: Fixtures.context())
        try Self.goldens.check(output + HumanRenderer.summaryLine(for: Fixtures.diagnostics, useColor: false) + "\n", named: "run.human.txt")
    }

    @Test func humanInColour() throws {
        let output = HumanRenderer().render(Fixtures.diagnostics, context: Fixtures.context(useColor: true))
        try Self.goldens.check(output + HumanRenderer.summaryLine(for: Fixtures.diagnostics, useColor: true) + "\n", named: "run.human-color.txt")
    }

    @Test func json() throws {
        try Self.goldens.check(JSONRenderer().render(Fixtures.diagnostics, context: Fixtures.context()), named: "run.json")
    }

    @Test func sarif() throws {
        try Self.goldens.check(SARIFRenderer().render(Fixtures.diagnostics, context: Fixtures.context()), named: "run.sarif")
    }

    @Test func github() throws {
        try Self.goldens.check(GitHubActionsRenderer().render(Fixtures.diagnostics, context: Fixtures.context()), named: "run.github.txt")
    }

    /// One golden file per test above, and nothing else.
    @Test func theFolderHoldsOneFilePerFormat() throws {
        try Self.goldens.expectExactly(["run.human.txt", "run.human-color.txt", "run.json", "run.sarif", "run.github.txt"])
    }
}
