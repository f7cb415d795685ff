import Foundation

extension BatchRunner {
    /// Waits for the group's job, then saves its answers (or journals why there are none).
    func finish(_ group: inout Group, journal: SubmissionJournal, report: inout BuildReport,
                events: @Sendable (BuildEvent) -> Void, progress: @escaping @Sendable (BatchProgress) -> Void) async {
        guard let job = group.record.jobName else { return }
        var status = BatchJobStatus(name: job, state: group.record.state ?? .unspecified, responsesFile: group.record.responsesFile)
        do {
            if !(status.state == .succeeded && status.responsesFile != nil) {
                status = try await client.wait(for: job, interval: pollInterval, maxWait: maxWait) { progress(.state(job: job, state: $0.state)) }
                group.record.state = status.state
                group.record.responsesFile = status.responsesFile
                try save(group.record)
            }
        } catch {
            await fail(group.lines, "batch job \(job): \(error.reason) (a rerun resumes the job)", retriable: true, journal: journal,
                       report: &report, events: events)
            return
        }
        switch status.state {
        case .succeeded:
            await saveResults(&group, status: status, journal: journal, report: &report, events: events, progress: progress)
        case .failed, .cancelled, .expired:
            let reason = "batch job \(job) ended \(status.state)" + (status.errorMessage.map { ": \($0)" } ?? "")
            await fail(group.lines, reason, retriable: true, journal: journal, report: &report, events: events)
        case .pending, .running, .unspecified, .unknown:
            progress(.stillRunning(job: job, state: status.state))
            report.notStarted += group.lines.map(\.planned.key)
            Self.stop("batch job \(job) is still \(status.state); run the same build again to resume waiting for it",
                      report: &report, events: events)
        }
    }

    private func saveResults(_ group: inout Group, status: BatchJobStatus, journal: SubmissionJournal, report: inout BuildReport,
                             events: @Sendable (BuildEvent) -> Void, progress: @Sendable (BatchProgress) -> Void) async {
        var pending = Dictionary(group.lines.map { ($0.batchKey, $0) }, uniquingKeysWith: { first, _ in first })
        let responses = outputFolder.appendingPathComponent(group.record.responsesFileName)
        do {
            guard let file = status.responsesFile else {
                throw BatchFailure(reason: "the job succeeded without naming a responses file", retriable: true)
            }
            if !FileManager.default.fileExists(atPath: responses.path) {
                progress(.downloading(job: status.name))
                try await client.download(file, to: responses)
            }
            let wanted = Set(pending.keys)
            _ = try await BatchResultReader.read(responses, folder: outputFolder, wanted: { wanted.contains($0) }) { key, outcome in
                guard let line = pending.removeValue(forKey: key) else { return }
                await save(line, outcome, journal: journal, report: &report, events: events)
            }
        } catch {
            let reason = (error as? BatchFailure)?.reason ?? "\(error)"
            await fail(Array(pending.values), "batch job \(status.name): \(reason) (a rerun resumes the job)", retriable: true,
                       journal: journal, report: &report, events: events)
            return
        }
        for line in group.lines where pending[line.batchKey] != nil {
            await fail(line, "batch job \(status.name) returned no line for key '\(line.batchKey)'", retriable: true,
                       journal: journal, report: &report, events: events)
        }
        group.record.resultsSaved = true
        try? save(group.record)
        try? FileManager.default.removeItem(at: responses)
    }

    /// One answer: its files in place and journaled, or its failure journaled.
    private func save(_ line: BatchLine, _ outcome: BatchLineOutcome, journal: SubmissionJournal, report: inout BuildReport,
                      events: @Sendable (BuildEvent) -> Void) async {
        switch outcome {
        case .error(let detail):
            await fail(line, "batch error: \(detail)", retriable: true, journal: journal, report: &report, events: events)
        case .response(.failure(let failure)):
            let retriable: Bool
            switch failure {
            case .blocked, .unknownFinishReason, .noImage(_, retryOnce: false): retriable = false
            case .noImage(_, retryOnce: true), .malformed: retriable = true
            }
            await fail(line, failure.description, retriable: retriable, journal: journal, report: &report, events: events)
        case .response(.success(let summary)):
            do {
                let files = try OutputWriter(folder: outputFolder, name: line.planned.outputName).place(summary, key: line.planned.key)
                let cost = line.cost(of: summary.usage)
                try await journal.append(JournalRecord(
                    key: line.planned.key, hash: line.planned.hash, state: .succeeded, files: files, usage: summary.usage,
                    cost: cost, attempts: 1))
                report.succeeded[line.planned.key] = files
                report.spend += cost ?? 0
                report.add(summary.usage)
                events(.succeeded(key: line.planned.key, files: files, cost: cost, attempts: 1))
            } catch {
                for image in summary.images { try? FileManager.default.removeItem(at: image.temporaryFile) }
                await fail(line, "cannot write the outputs: \(error)", retriable: true, journal: journal, report: &report, events: events)
            }
        }
    }
}
