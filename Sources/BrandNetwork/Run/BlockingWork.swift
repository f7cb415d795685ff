import Foundation

/// Runs blocking file work (writes and fsyncs of a request's outputs) on a thread of its own, not
/// on Swift concurrency's cooperative pool: that pool has one thread per core, and a few
/// milliseconds of fsync per answer, at concurrency 16 on two cores, would hold back the tasks that
/// start and finish the other requests.
enum BlockingWork {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result(catching: work)) }
            thread.name = "brandc blocking work"
            thread.start()
        }
    }
}
