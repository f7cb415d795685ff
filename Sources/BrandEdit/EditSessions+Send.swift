import BrandDiagnostics
import BrandLowering
import BrandModel
import BrandNetwork
import Foundation

extension EditSessions {
    /// Sends a planned (or pending) turn through `BuildRunner`, as `build` sends a product: the
    /// journal in the session folder says whether this exact request already succeeded, so a run
    /// killed after the answer landed finishes the turn from disk without paying for it again.
    func send(_ planned: EditTurnRecord, session: EditSessionFolder, manifest: inout EditSessionManifest,
              resumed: Bool) async throws -> TurnOutcome {
        var record = planned
        let route = try editRoute(record.route, at: session.location)
        guard let model = registry.model(named: route.model) else {
            throw EditFailure(.routeCannotEdit, "route '\(route.name)' names model '\(route.model)', which the registry does not define")
        }
        let stem = EditTurnRecord.stem(record.number)
        let answerName = stem + ".answer.json"
        let earlier = SubmissionJournal.latest(in: session.url)[stem]
        var sent = false
        if !(earlier?.state == .succeeded && earlier?.hash == record.requestHash) {
            let head = try session.read(RequestHead.self, from: stem + ".request-head.json")
            let size = route.endpoint == .openAIImages ? (manifest.openAI.size ?? "auto") : (manifest.imageSize ?? model.defaultImageSize)
            guard let connection = network.connection(for: route, imageSize: size) else {
                throw EditFailure(.routeCannotEdit, "route '\(route.name)' has an auth header brandc does not know ('\(route.authHeader)')")
            }
            let request = ProviderRequest(
                key: stem, route: route.name, endpoint: route.endpoint, path: head.path,
                headers: head.headers.compactMap { $0.count == 2 ? ProviderRequest.Header($0[0], $0[1]) : nil }, body: [])
            let plannedRequest = PlannedRequest(
                request: request, bodyFile: session.file(record.requestFile), hash: record.requestHash, outputName: stem,
                connection: connection, prices: route.prices, imageSize: size, imageOutputTokens: model.outputTokens(forSize: size),
                estimatedCost: estimatedCost(record, route: route, model: model, manifest: manifest))
            var submitter = Submitter(
                transport: AnswerKeepingTransport(inner: transport, answerFile: session.file(answerName)), sleeper: sleeper,
                environment: network.environment)
            submitter.policy = network.retryPolicy
            let report = try await BuildRunner(submitter: submitter, outputFolder: session.url, concurrency: 1)
                .run([plannedRequest], events: { _ in })
            sent = true
            if let failure = report.failed[stem] { return .failed(record, reason: failure.reason) }
        }
        guard let done = SubmissionJournal.latest(in: session.url)[stem], done.state == .succeeded,
              let answer = session.bytes(answerName) else {
            throw EditFailure(.badSession, "turn \(record.number) is recorded as sent but its answer is missing from \(session.location)")
        }
        let imageNames = ["png", "jpg", "webp", "gif"].map { stem + "." + $0 }
        record.responseFile = answerName
        record.image = done.files?.first { imageNames.contains($0.name) }?.name
        record.texts = Self.texts(ofAnswer: answer, endpoint: route.endpoint)
        record.usage = done.usage
        record.cost = done.cost
        try session.write(record, as: EditTurnRecord.fileName(record.number))
        try? FileManager.default.removeItem(at: session.file(EditTurnRecord.pendingFileName(record.number)))
        if manifest.route != record.route {
            manifest.route = record.route
            try session.write(manifest, as: EditSessionManifest.fileName)
        }
        return .finished(record, resumed: resumed, sent: sent)
    }

    /// The answer's non-thought text parts (Gemini); OpenAI edits answer with images only.
    static func texts(ofAnswer answer: [UInt8], endpoint: Route.Endpoint) -> [String] {
        endpoint == .gemini ? ResponseReader.geminiTexts(ofAnswer: answer) : []
    }
}
