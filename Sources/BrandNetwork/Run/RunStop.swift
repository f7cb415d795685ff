import Foundation

/// A request from outside the runner to send nothing more (standard output closed under
/// `brandc build … | head`): requests already in flight finish and are journaled, the rest stay
/// planned for the rerun. Shared between the thread that notices and the runner.
public final class RunStop: @unchecked Sendable {
    private let lock = NSLock()
    private var storedReason: String?

    public init() {}

    /// Asks the run to stop; the first reason given is kept.
    public func request(_ reason: String) {
        lock.withLock { if storedReason == nil { storedReason = reason } }
    }

    /// Why the run was asked to stop, or `nil` while it may go on.
    public var reason: String? { lock.withLock { storedReason } }
}
