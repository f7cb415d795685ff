import Foundation
public import BrandNetwork

/// The running tally behind the progress line: done, failed, in flight, spend, and an ETA from the
/// average time per finished request.
public struct BuildProgress: Sendable {
    public var total: Int
    public var done = 0
    public var failed = 0
    public var inFlight = 0
    public var spend = 0.0
    public let startedAt: Date

    public init(total: Int, startedAt: Date = Date()) {
        self.total = total
        self.startedAt = startedAt
    }

    public mutating func record(_ event: BuildEvent) {
        switch event {
        case .started: inFlight += 1
        case .succeeded(_, _, let cost, _):
            inFlight -= 1
            done += 1
            spend += cost ?? 0
        case .failed:
            inFlight -= 1
            failed += 1
        case .stopping: break
        }
    }

    /// `[3/10] done 2 · failed 1 · in flight 4 · ETA 0:42 · $0.1344`
    public func line(now: Date = Date()) -> String {
        let finished = done + failed
        var eta = "--:--"
        if finished > 0 {
            let remaining = now.timeIntervalSince(startedAt) / Double(finished) * Double(total - finished)
            eta = String(format: "%d:%02d", Int(remaining) / 60, Int(remaining) % 60)
        }
        return "[\(finished)/\(total)] done \(done) · failed \(failed) · in flight \(inFlight) · ETA \(eta) · "
            + BuildRendering.dollars(spend)
    }
}
