import Foundation
public import BrandLowering

/// Sends one request until it gives an image or a final answer: retries (§5, §12), server-given
/// delays, the rate limit, and the key read from the environment at send time and scrubbed from
/// everything it reports.
public struct Submitter: Sendable {
    public var transport: any Transport
    public var sleeper: any Sleeper
    public var policy = RetryPolicy()
    public var environment: [String: String]
    public var rateLimiter: RateLimiter?
    /// A number in 0..<1 for jitter; fixed in tests.
    public var random: @Sendable () -> Double = { Double.random(in: 0..<1) }

    public init(transport: any Transport, sleeper: any Sleeper = SystemSleeper(),
                environment: [String: String] = ProcessInfo.processInfo.environment, rateLimiter: RateLimiter? = nil) {
        self.transport = transport
        self.sleeper = sleeper
        self.environment = environment
        self.rateLimiter = rateLimiter
    }

    /// Why `request` cannot be sent over `connection` at all (its key variable unset or empty, a base
    /// URL without scheme, plain HTTP refused), checked before anything is planned or sent; `nil`
    /// when it can.
    public func configurationProblem(for request: ProviderRequest, over connection: Connection) -> String? {
        do {
            _ = try Credential.read(connection.keyEnvironmentVariable, from: environment)
            _ = try connection.url(for: request.path)
            return nil
        } catch {
            return error.description
        }
    }

    /// The final outcome of `request` over `connection`; images are left as temporary files in `folder`.
    public func submit(_ request: ProviderRequest, over connection: Connection, into folder: URL) async -> SubmissionOutcome {
        let credential: Credential
        let url: String
        do {
            credential = try Credential.read(connection.keyEnvironmentVariable, from: environment)
            url = try connection.url(for: request.path)
        } catch {
            // A configuration problem (no key, a base URL that cannot be used) is never final: the
            // rerun with the configuration fixed sends the request.
            return .failed(SubmissionFailure(reason: error.description, retriable: true, stopsRun: true), attempts: 0)
        }
        let exchange = Exchange(
            url: url, method: request.method,
            headers: request.headers.map { ($0.name, $0.value) } + credential.headers(for: connection.authStyle),
            body: request.body, timeouts: connection.timeouts)
        var attempt = 0
        var retriedNoImage = false
        while true {
            attempt += 1
            let verdict = await attemptOnce(exchange, endpoint: request.endpoint, folder: folder, credential: credential)
            switch verdict {
            case .done(let summary): return .succeeded(summary, attempts: attempt)
            case .final(let failure): return .failed(failure, attempts: attempt)
            case .retryOnce(let failure):
                if retriedNoImage || attempt >= policy.maxAttempts { return .failed(failure, attempts: attempt) }
                retriedNoImage = true
            case .retry(let failure, let serverDelay):
                if attempt >= policy.maxAttempts { return .failed(failure, attempts: attempt) }
                let wait = policy.delay(afterAttempt: attempt, serverDelay: serverDelay, random: random())
                do { try await sleeper.sleep(seconds: wait) } catch { return .failed(failure, attempts: attempt) }
            }
        }
    }
}

/// How a request ended.
public enum SubmissionOutcome: Sendable {
    case succeeded(ResponseSummary, attempts: Int)
    case failed(SubmissionFailure, attempts: Int)
}

/// Why a request failed, never holding the key.
public struct SubmissionFailure: Sendable, Hashable, Codable {
    public var reason: String
    /// A rerun should send it again (server trouble, timeouts), as opposed to a refusal or a block.
    public var retriable: Bool
    /// Nothing else in the run can succeed either (missing key, per-day quota).
    public var stopsRun: Bool
    public var httpStatus: Int?
    /// No answer came at all (the connection failed): several in a row mean the provider is down or
    /// the base URL is wrong, and the run stops. Not journaled.
    public var unanswered = false

    enum CodingKeys: String, CodingKey {
        case reason, retriable, stopsRun, httpStatus
    }

    public init(reason: String, retriable: Bool, stopsRun: Bool = false, httpStatus: Int? = nil, unanswered: Bool = false) {
        self.reason = reason
        self.retriable = retriable
        self.stopsRun = stopsRun
        self.httpStatus = httpStatus
        self.unanswered = unanswered
    }
}
