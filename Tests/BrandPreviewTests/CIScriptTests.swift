import Foundation
import Testing
import BrandTestSupport

/// `scripts/ci-summary.sh`, the GitHub Action's step, in a simulated Actions environment: the
/// runner's summary and output files and temporary folder, the action's inputs as variables.
@Suite struct CIScriptTests {
    struct Run {
        var status: Int32
        var log: String
        var summary: String
        var outputs: String
        var folder: URL
    }

    func runAction(_ inputs: [String: String]) async throws -> Run? {
        guard let brandc = BrandcExecutable.path else {
            Issue.record("no built brandc; run swift build --build-tests")
            return nil
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let summary = folder.appendingPathComponent("step_summary.md")
        let outputs = folder.appendingPathComponent("github_output")
        try Data("## Earlier step\n".utf8).write(to: summary)
        FileManager.default.createFile(atPath: outputs.path, contents: nil)
        let log = folder.appendingPathComponent("log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [BrandcExecutable.packageRoot.appendingPathComponent("scripts/ci-summary.sh").path]
        process.currentDirectoryURL = BrandcExecutable.packageRoot
        var environment = ProcessInfo.processInfo.environment
        for name in ["BRANDC_BASE_URL", "BRANDC_KEY_ENV", "GEMINI_API_KEY", "GOOGLE_API_KEY"] { environment[name] = nil }
        environment.merge([
            "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary.path, "GITHUB_OUTPUT": outputs.path,
            "RUNNER_TEMP": folder.path, "BRANDC": brandc.path,
        ]) { _, new in new }
        environment.merge(inputs) { _, new in new }
        process.environment = environment
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        await process.ended()
        try handle.close()
        return Run(status: process.terminationStatus, log: try String(contentsOf: log, encoding: .utf8),
                   summary: try String(contentsOf: summary, encoding: .utf8),
                   outputs: try String(contentsOf: outputs, encoding: .utf8), folder: folder)
    }

    @Test func cleanExamplesWriteLintBudgetAndPlanToTheSummary() async throws {
        guard let run = try await runAction([
            "BRANDC_PATHS": "brands products templates", "BRANDC_BRAND": "brands/kumo/brand.yaml",
            "BRANDC_TEMPLATE": "templates/campaign-hero.mustache", "BRANDC_PRODUCTS": "products/kumo/sencha-tin.yaml",
            "BRANDC_LOCALE": "ja",
        ]) else { return }
        #expect(run.status == 0, "\(run.log)\n\(run.summary)")
        #expect(run.summary.hasPrefix("## Earlier step\n"), "the summary is appended to, never overwritten")
        #expect(run.summary.contains("### brandc lint: 0 errors"))
        #expect(run.summary.contains("## Token budget") && run.summary.contains("### Token budget: "))
        #expect(run.summary.contains("## Cost plan"))
        let sarifPath = try #require(run.outputs.split(separator: "\n").first { $0.hasPrefix("sarif=") }?.dropFirst(6))
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: String(sarifPath)))) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
    }

    @Test func lintErrorsFailTheStepAndFillTheTable() async throws {
        // A guide with a YAML syntax error: lint reports it as an error.
        let broken = "Y001-yaml-syntax"
        guard let run = try await runAction(["BRANDC_PATHS": "Tests/Fixtures/broken/\(broken)"]) else { return }
        #expect(run.status == 1, "\(run.log)")
        #expect(run.summary.contains("| severity | location | code | message |"))
        #expect(run.summary.contains("| error | `Tests/Fixtures/broken/\(broken)/"))
        #expect(!run.summary.contains("## Token budget"), "no budget without brand and template")
    }
}
