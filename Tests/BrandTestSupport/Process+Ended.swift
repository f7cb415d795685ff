import Foundation

extension Process {
    /// Waits for the process to end without holding a thread of the concurrency pool. Swift Testing
    /// runs every test on that pool, which has one thread per core: a test blocked in
    /// `waitUntilExit()` for a minute-long browser or pytest run starved every other test (seen: the
    /// whole suite's async tests delayed 200 s on a loaded 2-core machine, and their deadlines missed).
    public func ended(pollingEvery interval: Duration = .milliseconds(20)) async {
        while isRunning { try? await Task.sleep(for: interval) }
        waitUntilExit()
    }

    /// Waits at most `timeout` seconds for the process to end; returns whether it did.
    public func ended(within timeout: Double) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while isRunning, Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        return !isRunning
    }
}
