import Foundation

/// Sends a plan's requests with bounded concurrency, journals each state change, and puts each
/// answer's files in place atomically before recording it as succeeded.
public struct BuildRunner: Sendable {
    public var submitter: Submitter
    public var outputFolder: URL
    public var concurrency = 4
    /// Asked from outside to send nothing more (a closed standard output).
    public var stop = RunStop()
    /// Requests in a row that got no answer at all before the run stops: the provider is down.
    public var unansweredLimit = 3

    public init(submitter: Submitter, outputFolder: URL, concurrency: Int = 4) {
        self.submitter = submitter
        self.outputFolder = outputFolder
        self.concurrency = max(1, concurrency)
    }

    /// Runs `requests`; `events` hears each start and end as it happens.
    public func run(_ requests: [PlannedRequest], events: @escaping @Sendable (BuildEvent) -> Void) async throws -> BuildReport {
        let journal = try SubmissionJournal(folder: outputFolder)
        try await journal.append(contentsOf: requests.map { JournalRecord(key: $0.key, hash: $0.hash, state: .planned) })
        var report = BuildReport()
        var pending = requests[...]
        var unansweredInARow = 0
        await withTaskGroup(of: (PlannedRequest, Finished).self) { group in
            func startNext() {
                if report.stopReason == nil, let reason = stop.reason {
                    report.stopReason = reason
                    events(.stopping(reason: reason))
                }
                guard report.stopReason == nil, let request = pending.popFirst() else { return }
                events(.started(key: request.key))
                group.addTask { (request, await self.process(request, journal: journal)) }
            }
            for _ in 0..<concurrency { startNext() }
            while let (request, finished) = await group.next() {
                switch finished {
                case .succeeded(let files, let usage, let cost, let attempts):
                    unansweredInARow = 0
                    report.succeeded[request.key] = files
                    report.spend += cost ?? 0
                    report.add(usage)
                    events(.succeeded(key: request.key, files: files, cost: cost, attempts: attempts))
                case .failed(let failure, let attempts):
                    report.failed[request.key] = failure
                    events(.failed(key: request.key, failure: failure, attempts: attempts))
                    unansweredInARow = failure.unanswered ? unansweredInARow + 1 : 0
                    if failure.stopsRun, report.stopReason == nil {
                        report.stopReason = failure.reason
                        events(.stopping(reason: failure.reason))
                    } else if unansweredInARow >= unansweredLimit, report.stopReason == nil, !pending.isEmpty {
                        let reason = "\(unansweredInARow) requests in a row got no answer (\(failure.reason)); "
                            + "the provider is down or the base URL is wrong, so nothing more is sent"
                        report.stopReason = reason
                        events(.stopping(reason: reason))
                    }
                }
                startNext()
            }
        }
        report.notStarted = pending.map(\.key)
        await journal.close()
        return report
    }

    enum Finished: Sendable {
        case succeeded([OutputFile], Usage, Double?, attempts: Int)
        case failed(SubmissionFailure, attempts: Int)
    }

    func process(_ planned: PlannedRequest, journal: SubmissionJournal) async -> Finished {
        let failed = { (failure: SubmissionFailure, attempts: Int) async -> Finished in
            try? await journal.append(JournalRecord(
                key: planned.key, hash: planned.hash, state: .failed, reason: failure.reason,
                retriable: failure.retriable, attempts: attempts))
            return .failed(failure, attempts: attempts)
        }
        var request = planned.request
        do {
            request.body = Array(try Data(contentsOf: planned.bodyFile))
            // Resent on resume whether or not this record survives a crash, so it is not waited for.
            try await journal.note(JournalRecord(key: planned.key, hash: planned.hash, state: .inFlight))
        } catch {
            return await failed(SubmissionFailure(reason: "cannot stage the request: \(error)", retriable: true), 0)
        }
        switch await submitter.submit(request, over: planned.connection, into: outputFolder) {
        case .failed(let failure, let attempts):
            return await failed(failure, attempts)
        case .succeeded(let summary, let attempts):
            do {
                let writer = OutputWriter(folder: outputFolder, name: planned.outputName)
                let files = try await BlockingWork.run { try writer.place(summary, key: planned.key) }
                let cost = planned.cost(of: summary.usage)
                try await journal.append(JournalRecord(
                    key: planned.key, hash: planned.hash, state: .succeeded, files: files, usage: summary.usage,
                    cost: cost, attempts: attempts))
                return .succeeded(files, summary.usage, cost, attempts: attempts)
            } catch {
                for image in summary.images { try? FileManager.default.removeItem(at: image.temporaryFile) }
                return await failed(SubmissionFailure(reason: "cannot write the outputs: \(error)", retriable: true), attempts)
            }
        }
    }
}
