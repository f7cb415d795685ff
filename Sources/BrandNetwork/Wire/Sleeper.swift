import Foundation

/// Time, injectable: retries and rate limits wait through it, so tests run without real sleeps.
public protocol Sleeper: Sendable {
    /// Seconds since an arbitrary fixed point.
    func now() -> Double
    func sleep(seconds: Double) async throws
}

/// The real clock.
public struct SystemSleeper: Sleeper {
    public init() {}

    public func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1_000_000_000 }

    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }
}
