/// A planned request sent as one line of a batch input: `planned.bodyFile` holds the whole JSONL
/// line (newline included), `batchKey` is the line's `key` the results come back under.
public struct BatchLine: Sendable {
    public var planned: PlannedRequest
    public var batchKey: String

    public init(planned: PlannedRequest, batchKey: String) {
        self.planned = planned
        self.batchKey = batchKey
    }

    /// The batch price of an answer (reference §7.1: 50 % of standard, when the registry says so).
    func cost(of usage: Usage) -> Double? {
        let outputTokens = usage.imageOutputTokens ?? usage.outputTokens ?? planned.imageOutputTokens
        return planned.prices.imagePrice(size: planned.imageSize, outputTokens: outputTokens,
                                         inputTokens: usage.inputTokens ?? 0, batch: true) ?? planned.estimatedCost
    }
}

/// What a batch build does between the per-request events: for progress lines and `--json`.
public enum BatchProgress: Sendable {
    case uploading(lines: Int, bytes: Int)
    case uploaded(file: String)
    case created(job: String, lines: Int)
    case resumed(job: String, lines: Int)
    case state(job: String, state: BatchState)
    case downloading(job: String)
    /// Waiting stopped (`--max-wait`) while the job runs on; a rerun resumes it.
    case stillRunning(job: String, state: BatchState)
}
