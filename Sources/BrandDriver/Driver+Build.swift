import Foundation
public import BrandDiagnostics
import BrandAssembly
import BrandLowering
import BrandModel
public import BrandNetwork

extension Driver {
    /// Compiles the job's products one at a time, stages each request body in the output folder,
    /// plans against the journal, and (unless it is a dry run or over the cost cap) sends what
    /// changed. `onPlan` sees the plan before anything is sent; `events` each start and end.
    public func build(
        _ job: BuildJob, transport: any Transport, sleeper: any Sleeper = SystemSleeper(),
        onPlan: @Sendable (BuildPlan, [BuildProblem]) -> Void = { _, _ in },
        events: @escaping @Sendable (BuildEvent) -> Void = { _ in }
    ) async throws -> (outcome: BuildOutcome, problems: [BuildProblem], diagnostics: [Diagnostic]) {
        if job.compile.target == .geminiBatch {
            let batchTransport = transport as? any BatchTransport ?? LoadingBatchTransport(transport)
            return try await batchBuild(job, transport: batchTransport, sleeper: sleeper, onPlan: onPlan, events: events)
        }
        let folder = URL(fileURLWithPath: job.compile.outputDirectory)
        return try await withStagedBuild(job, stageEach: { prompt, template, sink in
            // What the route's endpoint cannot do is refused here, as `compile` refuses it.
            guard passesCapabilityChecks(
                prompt, target: .default(for: prompt.route.endpoint), targetLocation: nil, bodySize: nil, diagnostics: &sink)
            else { return .refused }
            guard let request = try stage(prompt, template: template, job: job, folder: folder) else {
                return .cannotSend("route '\(prompt.route.name)' (\(prompt.route.endpoint.rawValue) endpoint, auth '\(prompt.route.authHeader)') cannot be sent yet")
            }
            return .staged(request)
        }, send: { staged in
            var submitter = Submitter(transport: transport, sleeper: sleeper, environment: job.network.environment)
            if !job.dryRun { try BuildConfigurationError.check(staged.planned, with: submitter) }
            let (plan, stop) = Self.plan(staged.planned, job: job, folder: staged.folder, problems: staged.problems, onPlan: onPlan)
            if let stop { return (stop, staged.problems, staged.diagnostics) }
            submitter.policy = job.network.retryPolicy
            if let perMinute = job.network.requestsPerMinute { submitter.rateLimiter = RateLimiter(perMinute: perMinute, sleeper: sleeper) }
            var runner = BuildRunner(submitter: submitter, outputFolder: staged.folder, concurrency: job.network.concurrency)
            runner.stop = job.stop
            let report = try await runner.run(plan.toSend, events: events)
            return (.ran(plan, report), staged.problems, staged.diagnostics)
        })
    }

    /// `build` over HTTPS with AsyncHTTPClient, its connections closed at the end.
    public func build(
        _ job: BuildJob, onPlan: @Sendable (BuildPlan, [BuildProblem]) -> Void = { _, _ in },
        events: @escaping @Sendable (BuildEvent) -> Void = { _ in }
    ) async throws -> (outcome: BuildOutcome, problems: [BuildProblem], diagnostics: [Diagnostic]) {
        if job.compile.target == .geminiBatch {
            return try await sending(over: HTTPBatchTransport(connectTimeout: 10)) {
                try await build(job, transport: $0, onPlan: onPlan, events: events)
            }
        }
        return try await sending(over: HTTPTransport(connectTimeout: 10, connectionsPerHost: job.network.concurrency)) {
            try await build(job, transport: $0, onPlan: onPlan, events: events)
        }
    }

    /// Lowers one prompt and writes its body beside the outputs (or, for a batch, its whole
    /// `batchLine`, priced at the batch rate); `nil` when its endpoint has no lowerer or its
    /// route's auth style is unknown.
    func stage(_ prompt: AssembledPrompt, template: PromptTemplate, job: BuildJob, folder: URL,
               batchLine: [UInt8]? = nil) throws -> PlannedRequest? {
        let size = prompt.imageSize ?? prompt.model.defaultImageSize
        guard let lower = job.lowerers[prompt.route.endpoint],
            let connection = job.network.connection(
                for: prompt.route, imageSize: size, highThinking: prompt.options.thinking?.value == "high")
        else { return nil }
        var request = try lower(prompt)
        let hash = RequestHash.of(request, model: prompt.model.id)
        let bodyFile = folder.appendingPathComponent(".request-\(hash)\(AtomicFile.temporarySuffix)")
        try Data(batchLine ?? request.body).write(to: bodyFile)
        request.body = []
        let name = [SafeFileName.make(prompt.key), template.name.map { SafeFileName.make($0.value) }, prompt.locale]
            .compactMap { $0 }.joined(separator: ".")
        let outputTokens = prompt.model.outputTokens(forSize: size)
        let cost = prompt.route.prices.imagePrice(
            size: size, outputTokens: outputTokens, inputTokens: prompt.budget?.total ?? 0, batch: batchLine != nil)
        return PlannedRequest(
            request: request, bodyFile: bodyFile, hash: hash, outputName: name, connection: connection,
            prices: prompt.route.prices, imageSize: size, imageOutputTokens: outputTokens, estimatedCost: cost)
    }
}

extension Driver {
    /// The plan against the journal, shown to `onPlan`, and the outcome when nothing is to be sent:
    /// nothing planned, a dry run, or an estimate over `--max-cost`.
    static func plan(
        _ planned: [PlannedRequest], job: BuildJob, folder: URL, problems: [BuildProblem],
        onPlan: @Sendable (BuildPlan, [BuildProblem]) -> Void
    ) -> (BuildPlan, stop: BuildOutcome?) {
        let plan = BuildPlan(planned, journal: SubmissionJournal.latest(in: folder), force: job.force, only: job.only, folder: folder)
        onPlan(plan, problems)
        if planned.isEmpty { return (plan, .nothingToSend) }
        if !plan.unmatchedOnly.isEmpty, plan.unmatchedOnly.count == job.only.count { return (plan, .nothingMatched(plan)) }
        if job.dryRun { return (plan, .planned(plan)) }
        if let limit = job.maxCost, plan.estimatedCost > limit { return (plan, .overBudget(plan, limit: limit)) }
        return (plan, nil)
    }
}
