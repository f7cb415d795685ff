import ArgumentParser
import BrandDiagnostics
import BrandDriver
import Foundation

extension BuildCommand {
    /// `build --check [--regenerate N]`: the build's own output, then every finding, then the exit status
    /// (1 also when an image's last attempt still fails an error-level check).
    func runChecked(_ driver: Driver, _ job: BuildJob, console: BuildConsole, configProblems: [Diagnostic]) async throws {
        var options = BuildCheckOptions()
        options.regenerate = regenerate
        let frozen = options
        let result = await outcome {
            try await driver.buildChecked(job, options: frozen, onPlan: { console.plan($0, $1) }, events: { console.event($0) })
        }
        let output = DiagnosticOutput(format: format)
        switch result {
        case .failure(let error):
            StandardStream.write("error: \(error)\n", to: .standardError)
            throw ExitCode(2)
        case .success(let checked):
            let inputs = configProblems + checked.diagnostics
            if !inputs.isEmpty { output.emit(inputs, to: .standardError) }
            let code = output.exitCode(for: inputs)
            if code.rawValue == 2 { throw code }
            var failed = console.finish(checked.outcome)
            for (round, outcome) in checked.regenerations.enumerated() {
                StandardStream.write("regenerate round \(round + 1): resending the images that failed an error-level check\n", to: .standardError)
                failed = console.finish(outcome) || failed
            }
            let findings = checked.images.flatMap(\.diagnostics)
            if !findings.isEmpty { output.emit(findings, to: .standardError) }
            StandardStream.write("check: \(checked.images.count) image(s) checked, \(checked.failingKeys.count) failing an error-level check\n", to: .standardError)
            failed = failed || !checked.problems.isEmpty || code != .success || !checked.failingKeys.isEmpty
            throw failed ? ExitCode(1) : ExitCode.success
        }
    }
}
