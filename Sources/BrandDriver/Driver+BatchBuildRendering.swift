import Foundation
public import BrandNetwork

/// Text for a batch build's job-level progress: uploads, job creation, resumption, state changes.
/// The per-request lines and the summary are `BuildRendering`'s, as for the one-by-one path.
public enum BatchRendering {
    public static func line(_ progress: BatchProgress) -> String {
        switch progress {
        case .uploading(let lines, let bytes): "batch: uploading \(lines) request(s), \(bytes) bytes of JSONL"
        case .uploaded(let file): "batch: uploaded as \(file)"
        case .created(let job, let lines): "batch: created \(job) for \(lines) request(s) (batch price; results within 24 h, expires after 48 h)"
        case .resumed(let job, let lines): "batch: resuming \(job) for \(lines) request(s) (no new upload)"
        case .state(let job, let state): "batch: \(job) is \(state)"
        case .downloading(let job): "batch: downloading the results of \(job)"
        case .stillRunning(let job, let state): "batch: stopped waiting; \(job) is still \(state)"
        }
    }

    public static func json(_ progress: BatchProgress) -> String {
        typealias Record = BuildEventJSON.BatchProgress
        let record = switch progress {
        case .uploading(let lines, let bytes): Record(event: "batch-uploading", requests: lines, bytes: bytes)
        case .uploaded(let file): Record(event: "batch-uploaded", file: file)
        case .created(let job, let lines): Record(event: "batch-created", requests: lines, job: job)
        case .resumed(let job, let lines): Record(event: "batch-resumed", requests: lines, job: job)
        case .state(let job, let state): Record(event: "batch-state", job: job, state: state.description)
        case .downloading(let job): Record(event: "batch-downloading", job: job)
        case .stillRunning(let job, let state): Record(event: "batch-still-running", job: job, state: state.description)
        }
        return BuildEventJSON.line(record)
    }
}

/// Writes batch progress as lines (standard error) or JSON objects (standard output), each job's
/// state once per change rather than once per poll.
public final class BatchProgressPrinter: @unchecked Sendable {
    private let json: Bool
    private let write: @Sendable (String, Bool) -> Void
    private let lock = NSLock()
    private var lastState: [String: BatchState] = [:]

    public init(json: Bool, write: @escaping @Sendable (_ text: String, _ toStandardError: Bool) -> Void) {
        self.json = json
        self.write = write
    }

    public func report(_ progress: BatchProgress) {
        lock.withLock {
            if case .state(let job, let state) = progress {
                guard lastState[job] != state else { return }
                lastState[job] = state
            }
            if json { write(BatchRendering.json(progress) + "\n", false) } else { write(BatchRendering.line(progress) + "\n", true) }
        }
    }
}
