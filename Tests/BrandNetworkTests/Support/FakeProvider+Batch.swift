import Foundation

/// A fake Gemini Batch API and Files API (reference §7) behind `FakeProvider`: resumable uploads,
/// file-based jobs that move through a scripted list of states one poll at a time, and responses
/// files made from the uploaded lines, each key answered as the test says.
final class FakeBatchService: Sendable {
    enum LineResult: Sendable { case image, error, blocked, missing }

    struct Job: Sendable {
        var inputFile: String
        var remaining: [String]
        var state: String
    }

    /// States after creation, one per poll; the first is the create answer's.
    let script: [String]
    /// While set, polls answer `BATCH_STATE_RUNNING` without moving on.
    let holding = Locked(false)
    /// Answer with `JOB_STATE_*`, the state at the top level and `dest.fileName` (the image guide's shape).
    let sdkShape: Bool
    let result: @Sendable (_ key: String) -> LineResult
    /// A fault for a request, decided before anything else (`attempt` counts same-path requests).
    let fault: @Sendable (_ request: FakeProvider.Received, _ attempt: Int) -> FakeProvider.Reply?
    let files = Locked<[String: [UInt8]]>([:])
    let jobs = Locked<[String: Job]>([:])
    let announcedSizes = Locked<[String: Int]>([:])
    let base = Locked("")

    init(script: [String] = ["BATCH_STATE_PENDING", "BATCH_STATE_RUNNING", "BATCH_STATE_SUCCEEDED"], sdkShape: Bool = false,
         result: @escaping @Sendable (String) -> LineResult = { _ in .image },
         fault: @escaping @Sendable (FakeProvider.Received, Int) -> FakeProvider.Reply? = { _, _ in nil }) {
        self.script = script
        self.sdkShape = sdkShape
        self.result = result
        self.fault = fault
    }

    /// Starts a provider answering as this service.
    func start() async throws -> FakeProvider {
        let counts = Locked<[String: Int]>([:])
        let provider = try await FakeProvider { request, _ in
            let attempt = counts.update { counts in
                counts[request.path, default: 0] += 1
                return counts[request.path] ?? 1
            }
            return self.fault(request, attempt) ?? self.answer(request)
        }
        base.update { $0 = provider.baseURL }
        return provider
    }

    static let notFound = FakeProvider.Reply.json(#"{"error":{"code":404,"message":"not found","status":"NOT_FOUND"}}"#, status: 404)
    static let unauthenticated = FakeProvider.Reply.json(
        #"{"error":{"code":401,"message":"API key not valid","status":"UNAUTHENTICATED"}}"#, status: 401)

    private func answer(_ request: FakeProvider.Received) -> FakeProvider.Reply {
        let path = request.path
        if path.hasPrefix("/upload/v1beta/files?upload_id=") { return finishUpload(request) }
        guard request.headers["x-goog-api-key"] == Fixtures.key else { return Self.unauthenticated }
        if path == "/upload/v1beta/files", request.method == "POST" { return startUpload(request) }
        if path.hasSuffix(":batchGenerateContent"), request.method == "POST" { return create(request) }
        if path.hasPrefix("/v1beta/batches/"), path.hasSuffix(":cancel") {
            let name = String(path.dropFirst("/v1beta/".count).dropLast(":cancel".count))
            jobs.update { $0[name]?.state = "BATCH_STATE_CANCELLED" }
            return .json("{}")
        }
        if path.hasPrefix("/v1beta/batches/"), request.method == "GET" { return poll(String(path.dropFirst("/v1beta/".count))) }
        if path.hasPrefix("/download/v1beta/"), path.hasSuffix(":download?alt=media") {
            let name = String(path.dropFirst("/download/v1beta/".count).dropLast(":download?alt=media".count))
            guard let bytes = files.value[name] else { return Self.notFound }
            return FakeProvider.Reply(headers: [("content-type", "application/octet-stream")], body: bytes)
        }
        return Self.notFound
    }
}
