import ArgumentParser
import BrandDiagnostics
import BrandDriver
import Foundation

struct BudgetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Show how each request fits its route's token window, section by section.",
        discussion: "Counts every section of the request (brand rules, the rendered template, reference images) exactly with the route's vocabulary when it is at hand, else with a conservative estimate, and shows what was kept, shrunk or dropped to fit: input limit, less a reserve for output and thinking, less a safety margin. With --exact, each whole request is also counted by the route's countTokens (the provider's own count). Exits 1 when a request does not fit.")

    @OptionGroup var inputs: JobInputOptions

    @Option(help: "Report format: text, json or markdown (for CI job summaries).")
    var format: BudgetReport.Format = .text

    @OptionGroup var provider: ProviderCountOptions

    @OptionGroup var budget: BudgetOptionGroup
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        var (driver, configProblems) = global.makeDriver()
        budget.apply(to: &driver)
        let job = inputs.job(outputDirectory: "")
        let result: (entries: [BudgetEntry], diagnostics: [BrandDiagnostics.Diagnostic])
        if provider.exact {
            let network = provider.network
            let (frozenDriver, frozenNetwork) = (driver, network)
            switch await outcome(of: { await frozenDriver.exactBudgets(job, network: frozenNetwork) }) {
            case .success(let counted): result = counted
            case .failure(let error):
                StandardStream.write("error: \(error)\n", to: .standardError)
                throw ExitCode(1)
            }
        } else {
            let assembled = driver.assemble(job)
            result = (assembled.prompts.compactMap(BudgetEntry.init), assembled.diagnostics)
        }
        let diagnostics = configProblems + result.diagnostics
        let output = DiagnosticOutput()
        if !diagnostics.isEmpty { output.emit(diagnostics, to: .standardError) }
        let bars = format == .text && isatty(STDOUT_FILENO) != 0
        print(BudgetReport.render(result.entries, as: format, bars: bars), terminator: "")
        throw output.exitCode(for: diagnostics)
    }
}

extension BudgetReport.Format: ExpressibleByArgument {}
