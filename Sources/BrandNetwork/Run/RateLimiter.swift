/// Spaces request starts so no more than `perMinute` begin in any minute (`--rpm`).
public actor RateLimiter {
    private let interval: Double
    private let sleeper: any Sleeper
    private var nextStart: Double?

    public init(perMinute: Int, sleeper: any Sleeper) {
        interval = 60 / Double(max(1, perMinute))
        self.sleeper = sleeper
    }

    /// Waits for the next free slot.
    public func acquire() async throws {
        let now = sleeper.now()
        let start = max(now, nextStart ?? now)
        nextStart = start + interval
        if start > now { try await sleeper.sleep(seconds: start - now) }
    }
}
