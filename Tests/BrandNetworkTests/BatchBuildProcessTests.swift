import BrandTestSupport
import Foundation
import Testing
@testable import BrandNetwork

/// `brandc build --target gemini-batch` as a user runs it, against the fake Batch service: one
/// upload and one job for the whole feed, an unchanged rerun that sends nothing, a run that stops
/// waiting and is resumed without a second upload or create, per-key errors resent alone, and the
/// key in no file and no output.
@Suite(.enabled(if: BrandcExecutable.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct BatchBuildProcessTests {
    typealias Project = BuildProcessTests.Project

    static func arguments(_ project: Project, _ provider: FakeProvider, _ extra: [String] = []) -> [String] {
        project.arguments(provider, ["--target", "gemini-batch", "--poll-interval", "0.02"] + extra)
    }

    static func uploads(_ provider: FakeProvider) -> [FakeProvider.Received] {
        provider.requests.filter { $0.path.hasPrefix("/upload/v1beta/files?upload_id=") }
    }

    static func creates(_ provider: FakeProvider) -> Int {
        provider.requests.filter { $0.path.hasSuffix(":batchGenerateContent") }.count
    }

    @Test func oneJobForTheFeedAndAnUnchangedRerunSendsNothing() async throws {
        let project = try Project(ids: ["batch-a", "batch-b", "batch-c"])
        defer { project.root.remove() }
        let service = FakeBatchService()
        let provider = try await service.start()
        let first = try await BrandcExecutable.run(Self.arguments(project, provider), environment: project.environment, logs: project.logs)
        #expect(first.status == 0, "\(first.stdout)\n\(first.stderr)")
        #expect(Self.uploads(provider).count == 1 && Self.creates(provider) == 1)
        #expect(Self.uploads(provider).first.map { $0.body.split(separator: 0x0A).count } == 3, "one line per product")
        #expect(project.outputNames.filter { $0.hasSuffix(".png") }.count == 3)
        #expect(project.succeededCounts().values.sorted() == [1, 1, 1])
        #expect(first.stderr.contains("batch: created batches/job-1 for 3 request(s)"))
        #expect(first.stdout.contains("3 done, 0 failed"))
        #expect(!project.outputNames.contains { $0.hasSuffix(".partial") || $0.hasSuffix(".input.jsonl") || $0.hasSuffix(".responses.jsonl") })

        let sent = provider.requests.count
        let second = try await BrandcExecutable.run(Self.arguments(project, provider), environment: project.environment, logs: project.logs)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(provider.requests.count == sent, "an unchanged rerun sent something")
        #expect(second.stdout.contains("plan: 0 to send, 3 unchanged"))

        let printed = first.stdout + first.stderr + second.stdout + second.stderr
        #expect(!printed.contains(Fixtures.key))
        let everything = FileManager.default.enumerator(atPath: project.root.url.path)?.allObjects as? [String] ?? []
        for name in everything {
            let data = FileManager.default.contents(atPath: project.root.url.appendingPathComponent(name).path) ?? Data()
            #expect(data.range(of: Data(Fixtures.key.utf8)) == nil, "\(name) holds the key")
        }
        await provider.stop()
    }

    @Test func aRunThatStopsWaitingIsResumedWithoutASecondUploadOrCreate() async throws {
        let project = try Project(ids: ["resume-a", "resume-b"])
        defer { project.root.remove() }
        let service = FakeBatchService()
        service.holding.update { $0 = true }
        let provider = try await service.start()
        let first = try await BrandcExecutable.run(Self.arguments(project, provider, ["--max-wait", "0.2"]), environment: project.environment,
                                             logs: project.logs)
        #expect(first.status == 1)
        #expect(first.stderr.contains("still BATCH_STATE_RUNNING"), "\(first.stderr)")
        #expect(project.outputNames.contains { $0.hasPrefix("batch-") && $0.hasSuffix(".json") }, "the job is recorded")
        #expect(project.outputNames.filter { $0.hasSuffix(".png") }.isEmpty)

        service.holding.update { $0 = false }
        let second = try await BrandcExecutable.run(Self.arguments(project, provider), environment: project.environment, logs: project.logs)
        #expect(second.status == 0, "\(second.stdout)\n\(second.stderr)")
        #expect(second.stderr.contains("batch: resuming batches/job-1 for 2 request(s)"))
        #expect(Self.uploads(provider).count == 1, "the rerun uploaded again")
        #expect(Self.creates(provider) == 1, "the rerun created (and paid for) a second job")
        #expect(project.outputNames.filter { $0.hasSuffix(".png") }.count == 2)
        await provider.stop()
    }

    @Test func aPerKeyErrorIsReportedAndResentAloneInANewJob() async throws {
        let project = try Project(ids: ["err-ok", "err-bad"])
        defer { project.root.remove() }
        let failing = Locked(true)
        let service = FakeBatchService(result: { key in key.hasPrefix("err-bad") && failing.value ? .error : .image })
        let provider = try await service.start()
        let first = try await BrandcExecutable.run(Self.arguments(project, provider), environment: project.environment, logs: project.logs)
        #expect(first.status == 1)
        #expect(first.stdout.contains("failed err-bad"), "\(first.stdout)")
        #expect(first.stdout.contains("INVALID_ARGUMENT"))
        #expect(project.succeededCounts().keys.contains { $0.hasPrefix("err-ok") })

        failing.update { $0 = false }
        let second = try await BrandcExecutable.run(Self.arguments(project, provider), environment: project.environment, logs: project.logs)
        #expect(second.status == 0, "\(second.stdout)\n\(second.stderr)")
        #expect(Self.creates(provider) == 2)
        #expect(Self.uploads(provider).last.map { String(decoding: $0.body, as: UTF8.self) }?.contains("err-ok") == false,
                "the second job holds only the request that failed")
        #expect(project.succeededCounts().values.sorted() == [1, 1])
        await provider.stop()
    }

    /// `--json`: every line on standard output is one JSON object, job events and request events alike.
    @Test func jsonModePrintsJobAndRequestEvents() async throws {
        let project = try Project(ids: ["json-a"])
        defer { project.root.remove() }
        let provider = try await FakeBatchService().start()
        let result = try await BrandcExecutable.run(Self.arguments(project, provider, ["--json"]), environment: project.environment,
                                              logs: project.logs)
        #expect(result.status == 0, "\(result.stderr)")
        let events = result.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["event"] as? String
        }
        #expect(events.count == result.stdout.split(separator: "\n").count, "a line is not a JSON object: \(result.stdout)")
        #expect(events.first == "plan" && events.last == "summary")
        for expected in ["batch-uploading", "batch-uploaded", "batch-created", "batch-state", "batch-downloading", "started", "succeeded"] {
            #expect(events.contains(expected), "no \(expected) event in \(events)")
        }
        await provider.stop()
    }

    /// SIGKILL once the job is recorded, while the fake holds it running: the rerun resumes polling
    /// the same job.
    @Test func aKilledRunResumesTheRecordedJob() async throws {
        let project = try Project(ids: ["kill-batch-a", "kill-batch-b"])
        defer { project.root.remove() }
        let service = FakeBatchService()
        service.holding.update { $0 = true }
        let provider = try await service.start()
        let running = try BrandcExecutable.start(Self.arguments(project, provider), environment: project.environment, logs: project.logs)
        let deadline = Date().addingTimeInterval(60)
        while BatchJobRecord.all(in: project.out).first?.jobName == nil, Date() < deadline {
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        #expect(BatchJobRecord.all(in: project.out).first?.jobName == "batches/job-1", "the job was not recorded before the deadline")
        kill(running.process.processIdentifier, SIGKILL)
        _ = try await running.wait()
        service.holding.update { $0 = false }
        let rerun = try await BrandcExecutable.run(Self.arguments(project, provider), environment: project.environment, logs: project.logs)
        #expect(rerun.status == 0, "\(rerun.stdout)\n\(rerun.stderr)")
        #expect(Self.uploads(provider).count == 1 && Self.creates(provider) == 1, "the rerun uploaded or created again")
        #expect(project.succeededCounts().values.sorted() == [1, 1])
        await provider.stop()
    }

    /// `--cancel` cancels the recorded job and uploads nothing; the next build submits a new job.
    @Test func cancelStopsTheRecordedJobAndTheNextBuildSubmitsAnew() async throws {
        let project = try Project(ids: ["cancel-a"])
        defer { project.root.remove() }
        let service = FakeBatchService()
        service.holding.update { $0 = true }
        let provider = try await service.start()
        let waiting = try await BrandcExecutable.run(Self.arguments(project, provider, ["--max-wait", "0"]), environment: project.environment,
                                               logs: project.logs)
        #expect(waiting.status == 1)
        let cancelled = try await BrandcExecutable.run(Self.arguments(project, provider, ["--cancel"]), environment: project.environment,
                                                 logs: project.logs)
        #expect(cancelled.status == 1, "nothing was built")
        #expect(provider.requests.contains { $0.method == "POST" && $0.path == "/v1beta/batches/job-1:cancel" })
        #expect(cancelled.stdout.contains("cancelled with batch job batches/job-1"), "\(cancelled.stdout)")
        #expect(Self.uploads(provider).count == 1 && Self.creates(provider) == 1, "--cancel uploaded or created")
        #expect(BatchJobRecord.all(in: project.out).first?.state == .cancelled)

        service.holding.update { $0 = false }
        let rebuilt = try await BrandcExecutable.run(Self.arguments(project, provider), environment: project.environment, logs: project.logs)
        #expect(rebuilt.status == 0, "\(rebuilt.stdout)\n\(rebuilt.stderr)")
        #expect(Self.creates(provider) == 2)
        #expect(project.succeededCounts().values.sorted() == [1])
        await provider.stop()
    }
}
