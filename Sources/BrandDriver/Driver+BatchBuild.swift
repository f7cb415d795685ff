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
        var lines: [String: BatchLine] = [:]
        var encoder = GeminiBatchLineEncoder()
        let targetLocation = SourceLocation(file: "<command line: --target>")
        let folder = URL(fileURLWithPath: job.compile.outputDirectory)
        return try await withStagedBuild(job, stageEach: { prompt, template, sink in
            let line = encoder.line(prompt)
            // Routes without a documented Batch API (WisGate) are refused here, by name.
            guard passesCapabilityChecks(
                prompt, target: .geminiBatch, targetLocation: targetLocation, bodySize: line.requestByteCount, diagnostics: &sink)
            else { return .refused }
            guard let request = try stage(prompt, template: template, job: job, folder: folder, batchLine: line.bytes) else {
                return .cannotSend("route '\(prompt.route.name)' (auth '\(prompt.route.authHeader)') cannot be sent yet")
            }
            lines[request.key] = BatchLine(planned: request, batchKey: GeminiBatchLowering.key(for: prompt))
            return .staged(request)
        }, send: { staged in
            let (plan, stop) = Self.plan(staged.planned, job: job, folder: staged.folder, problems: staged.problems, onPlan: onPlan)
            if let stop { return (stop, staged.problems, staged.diagnostics) }
            guard let connection = plan.toSend.first?.connection else {
                return (.ran(plan, BuildReport()), staged.problems, staged.diagnostics)
            }
            var client = BatchJobClient(transport: transport, connection: connection, scratchFolder: staged.folder, sleeper: sleeper,
                                        environment: job.network.environment)
            client.policy = job.network.retryPolicy
            var runner = BatchRunner(client: client, outputFolder: staged.folder)
            runner.pollInterval = job.batch.pollInterval
            runner.maxWait = job.batch.maxWait
            runner.maxInputBytes = job.compile.batchFileLimit
            let toSend = plan.toSend.compactMap { lines[$0.key] }
            let report = job.batch.cancel
                ? try await runner.cancelJobs(holding: toSend, events: events, progress: job.batch.progress)
                : try await runner.run(toSend, events: events, progress: job.batch.progress)
            return (.ran(plan, report), staged.problems, staged.diagnostics)
        })
    }
}
