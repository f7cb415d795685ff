/// When to try again and how long to wait (reference §5.1, §12): 408, 429, 500, 502, 503, 504,
/// timeouts and connection errors are retried with exponential backoff and jitter, up to
/// `maxAttempts` in all; a server-given delay wins over the computed one when it is longer.
public struct RetryPolicy: Sendable, Hashable {
    public var maxAttempts = 5
    public var initialDelay = 1.0
    public var multiplier = 2.0
    public var maxDelay = 60.0
    /// Up to this many seconds of random jitter are added to each computed delay.
    public var jitter = 1.0

    public init(maxAttempts: Int = 5, initialDelay: Double = 1, multiplier: Double = 2, maxDelay: Double = 60,
                jitter: Double = 1) {
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.multiplier = multiplier
        self.maxDelay = maxDelay
        self.jitter = jitter
    }

    static let retriableStatuses: Set<Int> = [408, 429, 500, 502, 503, 504]

    /// The wait before attempt `attempt + 1` (attempts count from 1), honouring `serverDelay`.
    func delay(afterAttempt attempt: Int, serverDelay: Double?, random: Double) -> Double {
        var computed = initialDelay
        for _ in 1..<max(1, attempt) { computed *= multiplier }
        computed = min(maxDelay, computed) + jitter * min(1, max(0, random))
        guard let serverDelay else { return computed }
        return serverDelay + jitter * min(1, max(0, random))
    }
}
