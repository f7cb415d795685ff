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
