/// What happens during a build, for progress lines and `--json` events.
public enum BuildEvent: Sendable {
    case started(key: String)
    case succeeded(key: String, files: [OutputFile], cost: Double?, attempts: Int)
    case failed(key: String, failure: SubmissionFailure, attempts: Int)
    /// The run stops early (per-day quota, missing key): nothing new is started.
    case stopping(reason: String)
}

/// The end of a build: what was done, what failed, what was not started, and what it cost.
public struct BuildReport: Sendable {
    public var succeeded: [String: [OutputFile]] = [:]
    public var failed: [String: SubmissionFailure] = [:]
    public var notStarted: [String] = []
    public var stopReason: String?
    public var spend: Double = 0
    public var usage = Usage()

    public init() {}

    mutating func add(_ usage: Usage) {
        func sum(_ left: Int?, _ right: Int?) -> Int? { left == nil && right == nil ? nil : (left ?? 0) + (right ?? 0) }
        self.usage.inputTokens = sum(self.usage.inputTokens, usage.inputTokens)
        self.usage.outputTokens = sum(self.usage.outputTokens, usage.outputTokens)
        self.usage.thoughtsTokens = sum(self.usage.thoughtsTokens, usage.thoughtsTokens)
        self.usage.imageOutputTokens = sum(self.usage.imageOutputTokens, usage.imageOutputTokens)
        self.usage.totalTokens = sum(self.usage.totalTokens, usage.totalTokens)
    }
}
