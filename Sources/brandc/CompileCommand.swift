import ArgumentParser
import BrandDriver
import BrandLowering
import BrandReporters
import Foundation

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a brand guide, a template and products into request bodies for a route's wire format.",
        discussion: """
            Writes one request body per product to the output folder, named <product-id>.<template>.<locale>.<target>.json (with --emit curl also a .sh that sends it, reading the key from the route's environment variable), or, for --target gemini-batch, one Batch API JSONL file per template and locale (split under 2 GB). With --target gemini-batch --out - the JSONL goes to standard output instead, unsplit (diagnostics stay on standard error). The same inputs always give byte-identical files. Capability problems (an option the target cannot carry) are errors at the template line that asked. Diagnostics go to standard error.
            """)

    @OptionGroup var inputs: JobInputOptions

    @Option(help: ArgumentHelp(
        "Wire format; gemini-batch writes Batch API JSONL (default: the route's own).",
        valueName: "target"))
    var target: LoweringTarget?

    @Option(help: ArgumentHelp("json writes the bodies; curl also writes a runnable script beside each.", valueName: "kind"))
    var emit: Emit = .json

    enum Emit: String, ExpressibleByArgument, CaseIterable {
        case json, curl
    }

    @Option(name: .customLong("out"), help: ArgumentHelp(
        "Output folder; '-' writes the Batch JSONL to standard output (--target gemini-batch only).", valueName: "dir"))
    var outputDirectory: String = "out"

    @Option(help: "Diagnostic format on standard error: human, json, sarif or github.")
    var format: DiagnosticFormat = .human

    @Flag(help: "Print each request's token budget table after its path.")
    var report = false

    @OptionGroup var budget: BudgetOptionGroup
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if outputDirectory == CompileJob.standardOutput, target != .geminiBatch {
            throw ValidationError("--out - (standard output) needs --target gemini-batch; other targets write one file per request")
        }
        if outputDirectory == CompileJob.standardOutput, report {
            throw ValidationError("--report prints to standard output; it cannot be combined with --out -")
        }
    }

    func run() throws {
        var (driver, configProblems) = global.makeDriver()
        budget.apply(to: &driver)
        var job = inputs.job(outputDirectory: outputDirectory)
        job.target = target
        job.emitCurl = emit == .curl
        job.collectsBudgets = report
        let result = driver.compile(job)
        let diagnostics = configProblems + result.diagnostics
        let output = DiagnosticOutput(format: format)
        if !diagnostics.isEmpty { output.emit(diagnostics, to: .standardError) }
        // With --out - standard output carries the JSONL alone; `written` is empty then.
        for path in result.written { print(path) }
        if report { print(BudgetReport.render(result.budgets, as: .text), terminator: "") }
        throw output.exitCode(for: diagnostics)
    }
}
