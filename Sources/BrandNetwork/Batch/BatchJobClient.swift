import Foundation

/// The Gemini Batch API over a `BatchTransport` (reference §7): upload the input JSONL with the
/// resumable Files protocol, create the job, poll it, cancel it, download its responses file.
/// Every call retries like `Submitter` (§5, §12: 408, 429, 5xx, timeouts, dropped connections,
/// server-given delays honoured); the key is read from the environment for each call, sent only
/// to the configured base URL, and scrubbed from every failure.
public struct BatchJobClient: Sendable {
    public var transport: any BatchTransport
    public var connection: Connection
    /// Where response bodies wait while they are read (the output folder: same file system).
    public var scratchFolder: URL
    public var sleeper: any Sleeper
    public var policy = RetryPolicy()
    public var environment: [String: String]
    /// A number in 0..<1 for jitter; fixed in tests.
    public var random: @Sendable () -> Double = { Double.random(in: 0..<1) }
    /// Seconds a responses-file download may take in all (it may hold thousands of images).
    public var downloadTimeout = 3600.0

    public init(transport: any BatchTransport, connection: Connection, scratchFolder: URL, sleeper: any Sleeper = SystemSleeper(),
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.transport = transport
        self.connection = connection
        self.scratchFolder = scratchFolder
        self.sleeper = sleeper
        self.environment = environment
    }

    /// What one call sends, apart from the key.
    struct Call {
        enum Body { case bytes([UInt8]), file(URL) }

        var method: String
        var url: String
        var headers: [(name: String, value: String)] = []
        var body = Body.bytes([])
        /// Only the provider's own API URLs get the key; the upload session URL carries its own id.
        var sendsKey = true
        var timeout: Double?
        var maxAttempts: Int?
        /// Whether a call whose answer never came may be sent again: not for a create, which may
        /// have made a job all the same (an HTTP error answer is still retried).
        var resendsAfterLostAnswer = true
    }

    /// Sends `call` until it is answered 2xx; returns the response and the file its body is in
    /// (`bodyTo`, else a scratch file the caller removes).
    func send(_ call: Call, bodyTo destination: URL? = nil) async throws(BatchFailure) -> (TransportResponse, URL) {
        let credential: Credential
        do {
            credential = try Credential.read(connection.keyEnvironmentVariable, from: environment)
            try URLPolicy.check(call.url, allowsPlainHTTP: connection.allowsPlainHTTP)
        } catch {
            throw BatchFailure(reason: error.description, retriable: false)
        }
        var timeouts = connection.timeouts
        if let timeout = call.timeout { timeouts.total = timeout }
        let exchange = Exchange(
            url: call.url, method: call.method,
            headers: call.headers.map { ($0.name, $0.value) } + (call.sendsKey ? credential.headers(for: connection.authStyle) : []),
            body: { if case .bytes(let bytes) = call.body { bytes } else { [] } }(), timeouts: timeouts)
        let bodyFile = destination ?? scratchFolder.appendingPathComponent(".batch-call-\(UUID().uuidString)\(AtomicFile.temporarySuffix)")
        let maxAttempts = call.maxAttempts ?? policy.maxAttempts
        var attempt = 0
        while true {
            attempt += 1
            var failure: BatchFailure
            var serverDelay: Double?
            do {
                let response: TransportResponse
                switch call.body {
                case .bytes: response = try await transport.send(exchange, bodyTo: bodyFile)
                case .file(let source): response = try await transport.send(exchange, bodyFrom: source, bodyTo: bodyFile)
                }
                if (200..<300).contains(response.status) { return (response, bodyFile) }
                let small = (try? FileHandle(forReadingFrom: bodyFile).read(upToCount: 1 << 20)) ?? nil
                let body = ProviderErrorBody(json: Array(small ?? Data()))
                let detail = [body?.status, body?.message].compactMap { $0 }.joined(separator: ": ")
                let retriable = RetryPolicy.retriableStatuses.contains(response.status) && body?.isPerDayQuota != true
                failure = BatchFailure(
                    reason: credential.scrub("HTTP \(response.status)" + (detail.isEmpty ? "" : " \(detail)")),
                    httpStatus: response.status, retriable: retriable)
                serverDelay = body?.retryDelay ?? response.headers["retry-after"].flatMap { RetryAfter.header($0) }
            } catch {
                failure = BatchFailure(reason: credential.scrub(error.description), retriable: true)
                if !call.resendsAfterLostAnswer {
                    if destination == nil { try? FileManager.default.removeItem(at: bodyFile) }
                    throw failure
                }
            }
            guard failure.retriable, attempt < maxAttempts else {
                if destination == nil { try? FileManager.default.removeItem(at: bodyFile) }
                throw BatchFailure(reason: failure.reason + (attempt > 1 ? " after \(attempt) attempts" : ""),
                                   httpStatus: failure.httpStatus, retriable: failure.retriable)
            }
            try await pause(policy.delay(afterAttempt: attempt, serverDelay: serverDelay, random: random()))
        }
    }

    /// Waits through the sleeper; a cancelled task ends the wait as a retriable failure.
    func pause(_ seconds: Double) async throws(BatchFailure) {
        do { try await sleeper.sleep(seconds: seconds) } catch {
            throw BatchFailure(reason: "cancelled while waiting", retriable: true)
        }
    }

    /// A small JSON answer's bytes (its scratch file removed).
    func json(_ call: Call) async throws(BatchFailure) -> (TransportResponse, [UInt8]) {
        let (response, file) = try await send(call)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw BatchFailure(reason: "cannot read the answer to \(call.method) \(Self.pathOf(call.url))", retriable: true)
        }
        return (response, Array(data))
    }

    /// The URL's path, for messages: never its query (which could hold an upload id).
    static func pathOf(_ url: String) -> String {
        URLComponents(string: url)?.path ?? "?"
    }
}
