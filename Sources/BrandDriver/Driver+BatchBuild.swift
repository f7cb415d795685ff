import Foundation
import BrandDiagnostics
import BrandAssembly
import BrandLowering
import BrandModel
import BrandNetwork

extension Driver {
    /// `build` for `--target gemini-batch`: compiles like `compile --target gemini-batch`, plans
    /// against the journal at the batch price, and sends what changed as Batch API jobs
    /// (`BatchRunner`), resuming any job a killed run left in the output folder; with
    /// `batch.cancel`, cancels those jobs instead.
    func batchBuild(
        _ job: BuildJob, transport: any BatchTransport, sleeper: any Sleeper,
        onPlan: @Sendable (BuildPlan, [BuildProblem]) -> Void, events: @escaping @Sendable (BuildEvent) -> Void
    ) async throws -> (outcome: BuildOutcome, problems: [BuildProblem], diagnostics: [Diagnostic]) {
        let out = URL(fileURLWithPath: job.compile.outputDirectory)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        AtomicFile.removeLeftovers(in: out)
        if !job.dryRun { try BuildInputsRecord.record(job.compile, in: out) }
        var sink = DiagnosticSink()
        var lines: [String: BatchLine] = [:]
        var planned: [PlannedRequest] = []
        var problems: [BuildProblem] = []
        var encoder = GeminiBatchLineEncoder()
        let targetLocation = SourceLocation(file: "<command line: --target>")
        assembleEach(job.compile, diagnostics: &sink) { prompt, template, sink in
            do {
                let line = try encoder.line(prompt)
                // Routes without a documented Batch API (WisGate) are refused here, by name.
                let errors = sink.count(of: .error)
                CapabilityChecker(registry: registry).check(
                    prompt, target: .geminiBatch, targetLocation: targetLocation, bodySize: line.requestByteCount, diagnostics: &sink)
                guard sink.count(of: .error) == errors else { return }
                guard let request = try stage(prompt, template: template, job: job, folder: out, batchLine: line.bytes) else {
                    problems.append(BuildProblem(key: prompt.key, message: "route '\(prompt.route.name)' (auth '\(prompt.route.authHeader)') cannot be sent yet"))
                    return
                }
                planned.append(request)
                lines[request.key] = BatchLine(planned: request, batchKey: GeminiBatchLowering.key(for: prompt))
            } catch {
                problems.append(BuildProblem(key: prompt.key, message: "cannot stage the request: \(error)"))
            }
        }
        let diagnostics = finish(sink)
        defer { for request in planned { try? FileManager.default.removeItem(at: request.bodyFile) } }
        let (plan, stop) = Self.plan(planned, job: job, folder: out, problems: problems, onPlan: onPlan)
        if let stop { return (stop, problems, diagnostics) }
        guard let connection = plan.toSend.first?.connection else { return (.ran(plan, BuildReport()), problems, diagnostics) }
        var client = BatchJobClient(transport: transport, connection: connection, scratchFolder: out, sleeper: sleeper,
                                    environment: job.network.environment)
        client.policy = job.network.retryPolicy
        var runner = BatchRunner(client: client, outputFolder: out)
        runner.pollInterval = job.batch.pollInterval
        runner.maxWait = job.batch.maxWait
        runner.maxInputBytes = job.compile.batchFileLimit
        let toSend = plan.toSend.compactMap { lines[$0.key] }
        let report = job.batch.cancel
            ? try await runner.cancelJobs(holding: toSend, events: events, progress: job.batch.progress)
            : try await runner.run(toSend, events: events, progress: job.batch.progress)
        return (.ran(plan, report), problems, diagnostics)
    }
}
