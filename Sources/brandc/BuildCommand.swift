import ArgumentParser
import BrandDriver
import BrandLowering
import BrandReporters
import Foundation

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile requests and submit them to the provider; resumable and incremental.",
        discussion: """
            Compiles like 'compile', prints the plan (requests to send, unchanged ones skipped, estimated cost), then sends what changed since the last run recorded in DIR/journal.jsonl. Images, captions (.txt) and response metadata (.response.json) go to the output folder. The API key is read from the route's environment variable (see 'brandc models') and never printed or stored. With --target gemini-batch the requests go as Gemini Batch API jobs instead (batch price, results within 24 h); the job is recorded in DIR, so the same command run again resumes it rather than paying twice. See docs/build.md.

            Exit status: 0 when every request is done, 1 when any failed or was blocked or the cost cap would be exceeded, 2 for a usage or I/O problem, 141 when standard output was closed (as under '| head'): nothing more was sent, what was in flight was recorded, and the same command resumes.
            """)

    @OptionGroup var inputs: JobInputOptions

    @Option(name: .customLong("out"), help: ArgumentHelp("Output folder for images, texts, metadata and the journal.", valueName: "dir"))
    var outputDirectory: String = "out"

    @OptionGroup var connection: ConnectionOptionGroup

    @Option(help: "Requests in flight at once.")
    var concurrency: Int = 4

    @Option(help: ArgumentHelp("Most requests started per minute.", valueName: "n"))
    var rpm: Int?

    @Option(name: .customLong("max-cost"), help: ArgumentHelp("Send nothing when the estimated cost exceeds this many US dollars.", valueName: "usd"))
    var maxCost: Double?

    @Flag(help: "Send every request again, even those done before.")
    var force = false

    @Option(name: .customLong("only"), help: ArgumentHelp("Build only this product id (or output name); repeat for several.", valueName: "key"))
    var only: [String] = []

    @Flag(help: "Print one JSON object per event on standard output instead of text.")
    var json = false

    @Flag(name: .customLong("dry-run"), help: "Print the plan and the estimated cost; send nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp(
        "gemini-batch submits through the Gemini Batch API at the batch price (results within 24 h); default: one request at a time.",
        valueName: "target"))
    var target: LoweringTarget?

    @Option(name: .customLong("poll-interval"), help: ArgumentHelp(
        "With --target gemini-batch: seconds before the first status poll; later waits grow to 8 times this.",
        valueName: "seconds"))
    var pollInterval: Double = 30

    @Option(name: .customLong("max-wait"), help: ArgumentHelp(
        "With --target gemini-batch: stop waiting after this many seconds; the job runs on and the same build resumes it.",
        valueName: "seconds"))
    var maxWait: Double?

    @Flag(help: "With --target gemini-batch: cancel the recorded jobs for these inputs; a later build submits their requests anew.")
    var cancel = false

    @Flag(help: "Check each image as it lands (OCR of its text, brand colours, size and type; see 'brandc check'); findings print with the summary and go to DIR/check.json.")
    var check = false

    @Option(help: ArgumentHelp("With --check: resend a request whose image failed an error-level check, at most N times (within --max-cost).", valueName: "n"))
    var regenerate: Int = 0

    @Option(help: "Diagnostic format on standard error: human, json, sarif or github.")
    var format: DiagnosticFormat = .human

    @OptionGroup var budget: BudgetOptionGroup
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
        if let rpm, rpm < 1 { throw ValidationError("--rpm must be at least 1") }
        if let maxCost, maxCost < 0 { throw ValidationError("--max-cost cannot be negative") }
        if let target, target != .geminiBatch {
            throw ValidationError("build sends each route in its own wire format; --target takes only gemini-batch")
        }
        guard pollInterval > 0 else { throw ValidationError("--poll-interval must be positive") }
        if let maxWait, maxWait < 0 { throw ValidationError("--max-wait cannot be negative") }
        if cancel, target != .geminiBatch { throw ValidationError("--cancel needs --target gemini-batch") }
        if regenerate < 0 { throw ValidationError("--regenerate cannot be negative") }
        if regenerate > 0, !check { throw ValidationError("--regenerate needs --check") }
        if check, target == .geminiBatch { throw ValidationError("--check works with one-by-one builds; run 'brandc check DIR' after a batch build") }
    }

    func run() async throws {
        // A closed standard output must make `write` fail with EPIPE (see StandardStream), not end
        // the process before what is in flight is journaled.
        signal(SIGPIPE, SIG_IGN)
        var (driver, configProblems) = global.makeDriver()
        budget.apply(to: &driver)
        var job = BuildJob(compile: inputs.job(outputDirectory: outputDirectory))
        job.network.baseURL = connection.baseURL
        job.network.keyEnvironmentVariable = connection.keyEnvironmentVariable
        job.network.allowsPlainHTTP = connection.allowHTTP
        job.network.timeout = connection.timeout
        job.network.concurrency = concurrency
        job.network.requestsPerMinute = rpm
        job.maxCost = maxCost
        job.force = force
        job.only = Set(only)
        job.dryRun = dryRun
        job.compile.target = target
        job.batch.pollInterval = pollInterval
        job.batch.maxWait = maxWait
        job.batch.cancel = cancel
        let mode: BuildConsole.Mode = json ? .json : isatty(STDERR_FILENO) != 0 ? .terminal : .plain
        // A closed standard output (`| head`) stops the run cleanly: nothing more is sent, what is in
        // flight finishes and is journaled, and the exit status is 141.
        let stop = job.stop
        let write: @Sendable (String, Bool) -> Void = { text, toStandardError in
            let written = StandardStream.write(text, to: toStandardError ? .standardError : .standardOutput)
            if !written, !toStandardError {
                stop.request("standard output was closed; nothing more is sent (rerun to build the rest)")
            }
        }
        let console = BuildConsole(mode: mode, write: write)
        let printer = BatchProgressPrinter(json: json, write: write)
        job.batch.progress = { printer.report($0) }
        if target == .geminiBatch, !json {
            StandardStream.write(
                "batch: Gemini Batch API at the batch price where the registry gives one; results within 24 h, jobs expire after 48 h\n",
                to: .standardError)
        }
        let (frozenDriver, frozenJob) = (driver, job)
        if check { return try await runChecked(frozenDriver, frozenJob, console: console, configProblems: configProblems) }
        let result = await outcome {
            try await frozenDriver.build(frozenJob, onPlan: { console.plan($0, $1) }, events: { console.event($0) })
        }
        let output = DiagnosticOutput(format: format)
        switch result {
        case .failure(let error):
            StandardStream.write("error: \(error)\n", to: .standardError)
            throw ExitCode(2)
        case .success(let (outcome, problems, diagnostics)):
            let all = configProblems + diagnostics
            if !all.isEmpty { output.emit(all, to: .standardError) }
            if let reason = stop.reason {
                StandardStream.write("brandc: \(reason)\n", to: .standardError)
                throw ExitCode(StandardStream.closedOutputStatus)
            }
            let code = output.exitCode(for: all)
            if code.rawValue == 2 { throw code }
            let failed = console.finish(outcome) || !problems.isEmpty || code != .success
            throw failed ? ExitCode(1) : ExitCode.success
        }
    }
}
