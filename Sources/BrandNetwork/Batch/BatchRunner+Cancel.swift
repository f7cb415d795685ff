import Foundation

extension BatchRunner {
    /// Cancels the open recorded jobs that hold any of `lines` (`POST /v1beta/batches/{id}:cancel`)
    /// and records them as cancelled, so the next build submits their requests in a new job. Each
    /// request of a cancelled job is journaled as failed (retriable); nothing is uploaded or created.
    public func cancelJobs(holding lines: [BatchLine], events: @escaping @Sendable (BuildEvent) -> Void,
                           progress: @escaping @Sendable (BatchProgress) -> Void = { _ in }) async throws -> BuildReport {
        let journal = try SubmissionJournal(folder: outputFolder)
        var report = BuildReport()
        for var record in BatchJobRecord.all(in: outputFolder) where record.isOpen {
            let held = lines.filter { record.requests[$0.batchKey] == $0.planned.hash }
            guard !held.isEmpty else { continue }
            guard let job = record.jobName else {
                // Uploaded but never created: nothing runs; the upload is simply not reused.
                record.state = .cancelled
                try? save(record)
                continue
            }
            do {
                try await client.cancel(job)
                record.state = .cancelled
                try save(record)
                progress(.state(job: job, state: .cancelled))
                await fail(held, "cancelled with batch job \(job)", retriable: true, journal: journal, report: &report, events: events)
            } catch {
                await fail(held, "batch job \(job) could not be cancelled: \(error.reason)", retriable: true, journal: journal,
                           report: &report, events: events)
            }
        }
        await journal.close()
        return report
    }
}
