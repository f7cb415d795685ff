import Foundation

/// Sends a plan's requests as Gemini Batch API jobs: lines already in an open job recorded in the
/// output folder resume that job; the rest are written into new input files (under the 2 GB
/// limit), uploaded and submitted. It then waits for each job, downloads its responses, and saves
/// each answer through the same `OutputWriter` and journal as the one-by-one path.
public struct BatchRunner: Sendable {
    public var client: BatchJobClient
    public var outputFolder: URL
    public var pollInterval = 30.0
    /// Stop waiting after this many seconds (the jobs run on; a rerun resumes them).
    public var maxWait: Double?
    public var maxInputBytes = 2_000_000_000
    public var displayName = "brandc"

    public init(client: BatchJobClient, outputFolder: URL) {
        self.client = client
        self.outputFolder = outputFolder
    }

    /// A job and the lines of this run it answers.
    struct Group {
        var record: BatchJobRecord
        var lines: [BatchLine]
    }

    public func run(_ lines: [BatchLine], events: @escaping @Sendable (BuildEvent) -> Void,
                    progress: @escaping @Sendable (BatchProgress) -> Void = { _ in }) async throws -> BuildReport {
        let journal = try SubmissionJournal(folder: outputFolder)
        do {
            let report = try await run(lines, journal: journal, events: events, progress: progress)
            await journal.close()
            return report
        } catch {
            await journal.close()
            throw error
        }
    }

    private func run(_ lines: [BatchLine], journal: SubmissionJournal, events: @escaping @Sendable (BuildEvent) -> Void,
                     progress: @escaping @Sendable (BatchProgress) -> Void) async throws -> BuildReport {
        try await journal.append(contentsOf: lines.map { JournalRecord(key: $0.planned.key, hash: $0.planned.hash, state: .planned) })
        var report = BuildReport()
        var groups: [Group] = []
        var rest: [BatchLine] = []
        let open = BatchJobRecord.all(in: outputFolder).filter(\.isOpen)
        for line in lines {
            if let index = open.firstIndex(where: { $0.requests[line.batchKey] == line.planned.hash }) {
                if let group = groups.firstIndex(where: { $0.record == open[index] }) {
                    groups[group].lines.append(line)
                } else {
                    groups.append(Group(record: open[index], lines: [line]))
                }
            } else {
                rest.append(line)
            }
        }
        groups += try writeInputs(rest)
        var submitted: [Group] = []
        for var group in groups {
            do {
                try await submit(&group, progress: progress)
                for line in group.lines {
                    try await journal.append(JournalRecord(key: line.planned.key, hash: line.planned.hash, state: .inFlight))
                    events(.started(key: line.planned.key))
                }
                submitted.append(group)
            } catch let failure as BatchFailure {
                // The requests themselves were not refused, the job's setup was: always resent.
                await fail(group.lines, failure.reason, retriable: true, journal: journal, report: &report, events: events)
                if !failure.retriable {
                    // A refused create (an expired upload, a model without batch) starts afresh next time.
                    if group.record.uploadedFile != nil {
                        group.record.state = .failed
                        try? save(group.record)
                    }
                    Self.stop(failure.reason, report: &report, events: events)
                }
            }
            removeInput(group.record)
        }
        for var group in submitted {
            await finish(&group, journal: journal, report: &report, events: events, progress: progress)
        }
        return report
    }

    static func stop(_ reason: String, report: inout BuildReport, events: @Sendable (BuildEvent) -> Void) {
        guard report.stopReason == nil else { return }
        report.stopReason = reason
        events(.stopping(reason: reason))
    }

    func fail(_ lines: [BatchLine], _ reason: String, retriable: Bool, journal: SubmissionJournal, report: inout BuildReport,
              events: @Sendable (BuildEvent) -> Void) async {
        for line in lines { await fail(line, reason, retriable: retriable, journal: journal, report: &report, events: events) }
    }

    func fail(_ line: BatchLine, _ reason: String, retriable: Bool, journal: SubmissionJournal, report: inout BuildReport,
              events: @Sendable (BuildEvent) -> Void) async {
        let failure = SubmissionFailure(reason: reason, retriable: retriable)
        try? await journal.append(JournalRecord(
            key: line.planned.key, hash: line.planned.hash, state: .failed, reason: reason, retriable: retriable, attempts: 1))
        report.failed[line.planned.key] = failure
        events(.failed(key: line.planned.key, failure: failure, attempts: 1))
    }
}
