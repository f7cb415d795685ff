public import BrandDiagnostics
import BrandLowering
import BrandModel
import BrandNetwork
import Foundation

extension EditSessions {
    /// What one `edit turn` asks for.
    public struct TurnRequest: Sendable {
        /// `nil` resumes the turn a stopped run left pending.
        public var instruction: String?
        /// Another route for this turn and the next ones (a model switch starts a new conversation).
        public var route: String?
        /// OpenAI routes: a PNG whose transparent pixels mark the area to edit.
        public var mask: URL?
        /// OpenAI routes: more input images after the session's current one.
        public var extraImages: [URL] = []

        public init(instruction: String?, route: String? = nil, mask: URL? = nil, extraImages: [URL] = []) {
            self.instruction = instruction
            self.route = route
            self.mask = mask
            self.extraImages = extraImages
        }
    }

    /// How a turn ended.
    public enum TurnOutcome: Sendable {
        case finished(EditTurnRecord, resumed: Bool, sent: Bool)
        /// It was sent and failed; the pending turn stays, and the same command resends it.
        case failed(EditTurnRecord, reason: String)
        /// Refused before anything was sent (diagnostics say why).
        case refused
    }

    /// Plans, checks and sends one turn of the session in `folder`; resumes a pending one first.
    public func turn(_ folder: URL, _ request: TurnRequest, diagnostics: inout DiagnosticSink) async throws -> TurnOutcome {
        let session = EditSessionFolder(folder)
        guard session.exists else {
            throw EditFailure(.badSession, "\(folder.path) holds no edit session", fix: "start one with 'brandc edit start'")
        }
        var manifest = try session.manifest()
        let turns = try session.turns()
        AtomicFile.removeLeftovers(in: folder)
        if let pending = try session.pending() {
            guard request.instruction == nil || request.instruction == pending.instruction else {
                throw EditFailure(.badSession, "turn \(pending.number) (\"\(pending.instruction)\") has not finished",
                                  fix: "run 'brandc edit turn \(folder.path) --resume' to finish it first")
            }
            return try await send(pending, session: session, manifest: &manifest, resumed: true)
        }
        guard let instruction = request.instruction else {
            throw EditFailure(.badSession, "\(folder.path) has no unfinished turn to resume")
        }
        guard let planned = try plan(instruction, request, session: session, manifest: manifest, turns: turns,
                                     diagnostics: &diagnostics) else { return .refused }
        try session.write(planned, as: EditTurnRecord.pendingFileName(planned.number))
        return try await send(planned, session: session, manifest: &manifest, resumed: false)
    }

    /// The new turn's record and its request body on disk, or `nil` when a check refused it.
    func plan(_ instruction: String, _ request: TurnRequest, session: EditSessionFolder, manifest: EditSessionManifest,
              turns: [EditTurnRecord], diagnostics: inout DiagnosticSink) throws -> EditTurnRecord? {
        let location = SourceLocation(file: session.location)
        let route = try editRoute(request.route ?? manifest.route, at: session.location)
        guard let model = registry.model(named: route.model) else {
            throw EditFailure(.routeCannotEdit, "route '\(route.name)' names model '\(route.model)', which the registry does not define")
        }
        let errors = diagnostics.count(of: .error)
        let resolved = EditInstruction.resolve(instruction, brand: manifest.brand, diagnostics: &diagnostics)
        guard diagnostics.count(of: .error) == errors else { return nil }
        let number = turns.count + 1
        let stem = EditTurnRecord.stem(number)
        let inputImage = turns.last?.image ?? manifest.source.file
        guard let input = session.bytes(inputImage) else { throw EditFailure(.badSession, "\(session.location)/\(inputImage) is missing") }
        if request.route != nil, request.route != manifest.route { noteBetterRoutes(for: route, at: session.location, diagnostics: &diagnostics) }
        var record = EditTurnRecord(
            number: number, instruction: instruction, resolvedInstruction: resolved, route: route.name, model: model.id,
            endpoint: route.endpoint.rawValue, conversation: 1, inputImage: inputImage, requestFile: "", requestHash: "",
            budget: TurnBudget(inputTokens: 0, window: route.inputTokenLimit, method: "estimated"))
        let providerRequest: ProviderRequest
        switch route.endpoint {
        case .gemini:
            guard let body = try geminiBody(&record, input: input, model: model, route: route, session: session,
                                            manifest: manifest, turns: turns, diagnostics: &diagnostics) else { return nil }
            record.requestFile = stem + ".request.json"
            providerRequest = ProviderRequest(key: stem, route: route.name, endpoint: .gemini,
                                              path: "/v1beta/models/\(model.id):generateContent", body: body)
        default:
            guard let edit = try openAIRequest(&record, input: input, request: request, model: model, route: route,
                                               session: session, manifest: manifest, diagnostics: &diagnostics) else { return nil }
            record.requestFile = stem + ".request.multipart"
            providerRequest = ProviderRequest(key: stem, route: route.name, endpoint: .openAIImages, path: "/v1/images/edits",
                                              headers: [.init("content-type", edit.contentType)], body: edit.body())
        }
        guard record.budget.fits else {
            diagnostics.report(
                .editWindowExceeded,
                "turn \(number) needs about \(record.budget.inputTokens) input tokens (\(record.budget.method)), over route '\(route.name)''s window of \(route.inputTokenLimit): every turn resends the conversation and its images",
                at: location, fix: FixSuggestion("fork from the last image: brandc edit fork \(session.location) NEW-SESSION"))
            return nil
        }
        if let limit = network.maxCost, let cost = estimatedCost(record, route: route, model: model, manifest: manifest), cost > limit {
            diagnostics.report(.editOverCost, "turn \(number) is estimated at $\(String(format: "%.4f", cost)), over --max-cost $\(String(format: "%.4f", limit)): nothing sent",
                               at: location)
            return nil
        }
        record.requestHash = RequestHash.of(providerRequest, model: model.id)
        try session.write(providerRequest.body, as: record.requestFile)
        try session.write(RequestHead(request: providerRequest), as: EditTurnRecord.stem(number) + ".request-head.json")
        return record
    }

    /// The Gemini body: the conversation so far (answers verbatim) and the new instruction. A
    /// different model than the last turn's starts a new conversation with the last image as a
    /// plain reference, and says so.
    func geminiBody(_ record: inout EditTurnRecord, input: [UInt8], model: TargetModel, route: Route, session: EditSessionFolder,
                    manifest: EditSessionManifest, turns: [EditTurnRecord], diagnostics: inout DiagnosticSink) throws -> [UInt8]? {
        let last = turns.last
        let continues = last.map { $0.endpoint == Route.Endpoint.gemini.rawValue && $0.model == model.id } ?? false
        record.conversation = continues ? (last?.conversation ?? 1) : (last?.conversation ?? 0) + 1
        if let last, !continues {
            let why = "turn \(record.number) goes to \(model.id), the last went to \(last.model): a new conversation starts with \(record.inputImage) as a plain reference (thought signatures never move across models)"
            record.note = why
            diagnostics.report(.newConversation, why, at: SourceLocation(file: session.location))
        }
        let history = turns.filter { $0.conversation == record.conversation }
        var exchanges: [GeminiEditRequest.Exchange] = []
        for (index, turn) in history.enumerated() {
            guard let answerFile = turn.responseFile, let answer = session.bytes(answerFile),
                  let content = GeminiEditRequest.modelContent(ofAnswer: answer) else {
                throw EditFailure(.badSession, "turn \(turn.number)'s answer is missing or has no candidates[0].content",
                                  fix: "fork from the last image: brandc edit fork \(session.location) NEW-SESSION")
            }
            var image: (bytes: [UInt8], mimeType: String)?
            if index == 0 {
                guard let bytes = session.bytes(turn.inputImage) else { throw EditFailure(.badSession, "\(turn.inputImage) is missing") }
                image = (bytes, Self.mimeType(bytes))
            }
            exchanges.append(.init(user: GeminiEditRequest.userContent(text: turn.resolvedInstruction, image: image),
                                   modelContent: content))
            if index == history.count - 1, !GeminiEditRequest.unsignedImageParts(in: content).isEmpty {
                diagnostics.report(.unsignedPart, "turn \(turn.number)'s answer has an image part without a thoughtSignature; the service may refuse this turn",
                                   at: SourceLocation(file: session.file(answerFile).path),
                                   fix: FixSuggestion("fork from the last image: brandc edit fork \(session.location) NEW-SESSION"))
            }
        }
        let next = GeminiEditRequest.userContent(
            text: record.resolvedInstruction, image: exchanges.isEmpty ? (input, Self.mimeType(input)) : nil)
        record.budget = TurnBudget.gemini(route: route, model: model, history: history, instruction: record.resolvedInstruction,
                                          inputImages: 1)
        let size = manifest.imageSize.map { model.wireSize($0) }
        return GeminiEditRequest.body(history: exchanges, next: next, aspectRatio: manifest.aspectRatio, imageSize: size)
    }

    /// The `images/edits` request: the current image (and any extra ones), the mask checked against
    /// the first image's size before anything is sent.
    func openAIRequest(_ record: inout EditTurnRecord, input: [UInt8], request: TurnRequest, model: TargetModel, route: Route,
                       session: EditSessionFolder, manifest: EditSessionManifest,
                       diagnostics: inout DiagnosticSink) throws -> OpenAIEditRequest? {
        let stem = EditTurnRecord.stem(record.number)
        let last = record.number > 1 ? (try? session.turns().last) ?? nil : nil
        record.conversation = last.map { $0.endpoint == route.endpoint.rawValue ? $0.conversation : $0.conversation + 1 } ?? 1
        var images = [OpenAIEditRequest.File(name: record.inputImage, mimeType: Self.mimeType(input), bytes: input)]
        for (index, url) in request.extraImages.enumerated() {
            guard let data = FileManager.default.contents(atPath: url.path), let kind = ImageKind.sniff(data), kind != .gif else {
                diagnostics.report(.badEditInput, "\(url.path) is missing or not a PNG, JPEG or WebP image", at: SourceLocation(file: url.path))
                return nil
            }
            let name = "\(stem).input-\(index + 1).\(kind.fileExtension)"
            try session.write(Array(data), as: name)
            record.extraImages.append(name)
            images.append(.init(name: name, mimeType: Self.mimeType(Array(data)), bytes: Array(data)))
        }
        var mask: OpenAIEditRequest.File?
        if let url = request.mask {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.report(.badMask, "cannot read mask \(url.path)", at: SourceLocation(file: url.path))
                return nil
            }
            if let problem = MaskCheck.problem(mask: Array(data), maskName: url.lastPathComponent, image: input, imageName: record.inputImage) {
                diagnostics.report(problem.code == .size ? .maskSizeMismatch : .badMask, problem.message + "; nothing sent",
                                   at: SourceLocation(file: url.path))
                return nil
            }
            let name = stem + ".mask.png"
            try session.write(Array(data), as: name)
            record.mask = name
            mask = .init(name: name, mimeType: "image/png", bytes: Array(data))
        }
        record.budget = TurnBudget.openAI(route: route, instruction: record.resolvedInstruction)
        return OpenAIEditRequest(model: model.id, prompt: record.resolvedInstruction, images: images, mask: mask,
                                 options: manifest.openAI)
    }

    func estimatedCost(_ record: EditTurnRecord, route: Route, model: TargetModel, manifest: EditSessionManifest) -> Double? {
        let size = route.endpoint == .openAIImages ? (manifest.openAI.size ?? "auto") : (manifest.imageSize ?? model.defaultImageSize)
        return route.prices.imagePrice(size: size, outputTokens: model.outputTokens(forSize: size), inputTokens: record.budget.inputTokens)
    }

    static func mimeType(_ bytes: [UInt8]) -> String {
        switch ImageKind.sniff(bytes) {
        case .jpeg: "image/jpeg"
        case .webp: "image/webp"
        case .gif: "image/gif"
        default: "image/png"
        }
    }
}

/// What a pending turn sends besides its body: the path and the non-auth headers (the multipart
/// boundary). Never the key.
struct RequestHead: Codable {
    var path: String
    var headers: [[String]]

    init(request: ProviderRequest) {
        path = request.path
        headers = request.headers.map { [$0.name, $0.value] }
    }
}
