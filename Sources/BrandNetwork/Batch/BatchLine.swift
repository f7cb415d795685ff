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
