import BrandModel
import Foundation
import Testing
@testable import BrandNetwork

/// Batch jobs end to end against the fake service: answers saved through the one-by-one path's
/// writer and journal at the batch price, per-key failures, a job that expires, and a run that
/// stops waiting and is resumed without a second upload or create.
struct BatchRunnerTests {
    static let generatePath = "/v1beta/models/gemini-3.1-flash-image:generateContent"

    struct Setup {
        let service: FakeBatchService
        let provider: FakeProvider
        let transport: HTTPBatchTransport
        let out: ScratchFolder
        let staging: ScratchFolder

        func runner(maxWait: Double? = nil) -> BatchRunner {
            var client = BatchJobClient(transport: transport, connection: Fixtures.connection(provider), scratchFolder: out.url,
                                        sleeper: RecordingSleeper(), environment: [Fixtures.keyVariable: Fixtures.key])
            client.random = { 0 }
            var runner = BatchRunner(client: client, outputFolder: out.url)
            runner.pollInterval = 5
            runner.maxWait = maxWait
            return runner
        }

        /// One line per key, as `compile --target gemini-batch` writes them, priced like the registry's
        /// Nano Banana 2 route ($60 per million image tokens, half off in batch).
        func lines(_ keys: [String]) throws -> [BatchLine] {
            try keys.map { key in
                let line = #"{"key":"\#(key)","request":{"contents":[{"parts":[{"text":"draw \#(key)"}]}]}}"# + "\n"
                let file = staging.url.appendingPathComponent(key.replacingOccurrences(of: "/", with: ".") + ".line")
                try Data(line.utf8).write(to: file)
                var request = Fixtures.request(key: key, prompt: "draw \(key)", path: BatchRunnerTests.generatePath)
                request.body = []
                var prices = RoutePrices()
                prices.imageOutputPerMillion = 60
                prices.batchDiscount = 0.5
                let planned = PlannedRequest(
                    request: request, bodyFile: file, hash: RequestHash.sha256(Array(line.utf8)), outputName: key.replacingOccurrences(of: "/", with: "."),
                    connection: Fixtures.connection(provider), prices: prices, imageSize: "1K", imageOutputTokens: 1120, estimatedCost: 0.0336)
                return BatchLine(planned: planned, batchKey: key)
            }
        }

        func stop() async {
            await transport.shutdown()
            await provider.stop()
            out.remove()
            staging.remove()
        }

        var uploads: Int { provider.count(path: "/upload/v1beta/files") }
        var creates: Int { provider.requests.filter { $0.path.hasSuffix(":batchGenerateContent") }.count }
    }

    /// Runs `body` with a fresh setup, stopping it (the HTTP client must be shut down) however `body` ends.
    static func withSetup(_ service: FakeBatchService, _ body: (Setup) async throws -> Void) async throws {
        let setup = Setup(service: service, provider: try await service.start(), transport: HTTPBatchTransport(connectTimeout: 2),
                          out: try ScratchFolder(), staging: try ScratchFolder())
        do { try await body(setup) } catch {
            await setup.stop()
            throw error
        }
        await setup.stop()
    }

    @Test func answersAreSavedAndFailuresReportedPerKey() async throws {
        let results: [String: FakeBatchService.LineResult] = ["p1/hero/en": .image, "p2/hero/en": .error, "p3/hero/en": .blocked,
                                                              "p4/hero/en": .missing]
        try await Self.withSetup(FakeBatchService(result: { results[$0] ?? .image })) { setup in
            let report = try await setup.runner().run(try setup.lines(results.keys.sorted()), events: { _ in })
            #expect(Set(report.succeeded.keys) == ["p1.hero.en"])
            #expect(report.failed["p2.hero.en"]?.retriable == true)
            #expect(report.failed["p2.hero.en"]?.reason.contains("INVALID_ARGUMENT") == true)
            #expect(report.failed["p3.hero.en"]?.retriable == false)
            #expect(report.failed["p4.hero.en"]?.reason.contains("no line") == true)
            let names = setup.out.names
            #expect(names.contains("p1.hero.en.png") && names.contains("p1.hero.en.txt") && names.contains("p1.hero.en.response.json"))
            #expect(try Data(contentsOf: setup.out.url.appendingPathComponent("p1.hero.en.png")) == Data(TinyImages.png()))
            // The fake reports 1120 image tokens: 1120 × $60 / 1M, halved for batch.
            let succeeded = SubmissionJournal.latest(in: setup.out.url)["p1.hero.en"]
            #expect(succeeded?.state == .succeeded)
            #expect(abs((succeeded?.cost ?? 0) - 1120.0 * 60 / 1_000_000 / 2) < 1e-9)
            let record = try #require(BatchJobRecord.all(in: setup.out.url).first)
            #expect(record.resultsSaved && record.state == .succeeded && record.jobName == "batches/job-1")
            #expect(names.filter { $0.hasSuffix(".jsonl") && $0 != SubmissionJournal.fileName }.isEmpty, "input and responses files are removed: \(names)")
            for name in names {
                let text = String(decoding: try Data(contentsOf: setup.out.url.appendingPathComponent(name)), as: UTF8.self)
                #expect(!text.contains(Fixtures.key), "\(name) holds the key")
        }
        }
    }

    @Test func aRunThatStopsWaitingIsResumedWithoutUploadingOrCreatingAgain() async throws {
        let service = FakeBatchService()
        service.holding.update { $0 = true }
        try await Self.withSetup(service) { setup in
            let keys = ["r1/hero/en", "r2/hero/en"]
            let first = try await setup.runner(maxWait: 0).run(try setup.lines(keys), events: { _ in })
            #expect(first.succeeded.isEmpty)
            #expect(Set(first.notStarted) == ["r1.hero.en", "r2.hero.en"])
            #expect(first.stopReason?.contains("batches/job-1 is still BATCH_STATE_RUNNING") == true)
            #expect(SubmissionJournal.latest(in: setup.out.url).values.allSatisfy { $0.state == .inFlight })
            #expect(setup.uploads == 1 && setup.creates == 1)

            service.holding.update { $0 = false }
            let progress = Locked<[String]>([])
            let second = try await setup.runner().run(try setup.lines(keys), events: { _ in }) { event in
                if case .resumed(let job, _) = event { progress.update { $0.append(job) } }
        }
        #expect(Set(second.succeeded.keys) == ["r1.hero.en", "r2.hero.en"])
        #expect(progress.value == ["batches/job-1"])
        #expect(setup.uploads == 1, "the rerun uploaded again")
        #expect(setup.creates == 1, "the rerun created (and paid for) a second job")
        }
    }

    @Test func anExpiredJobFailsItsRequestsAsRetriableAndARerunSubmitsAnew() async throws {
        try await Self.withSetup(FakeBatchService(script: ["BATCH_STATE_PENDING", "BATCH_STATE_EXPIRED"])) { setup in
            let keys = ["e1/hero/en"]
            let first = try await setup.runner().run(try setup.lines(keys), events: { _ in })
            #expect(first.failed["e1.hero.en"]?.retriable == true)
            #expect(first.failed["e1.hero.en"]?.reason.contains("BATCH_STATE_EXPIRED") == true)
            #expect(BatchJobRecord.all(in: setup.out.url).allSatisfy { !$0.isOpen })
            _ = try await setup.runner().run(try setup.lines(keys), events: { _ in })
            #expect(setup.uploads == 2 && setup.creates == 2, "an expired job is not resumed")
        }
    }
}

extension BatchRunnerTests {
    /// A refused create (here 400, as for an upload past its 48 hours) stops the run, keeps the
    /// requests resendable, and makes the next run upload afresh instead of reusing the upload.
    @Test func aRefusedCreateIsRetriedFromAFreshUploadNextRun() async throws {
        let refusing = Locked(true)
        let service = FakeBatchService(fault: { request, _ in
            request.path.hasSuffix(":batchGenerateContent") && refusing.value
                ? .json(WireBodies.googleError(code: 400, status: "INVALID_ARGUMENT"), status: 400) : nil
        })
        try await Self.withSetup(service) { setup in
            let keys = ["c1/hero/en"]
            let first = try await setup.runner().run(try setup.lines(keys), events: { _ in })
            #expect(first.failed["c1.hero.en"]?.retriable == true)
            #expect(first.stopReason?.contains("HTTP 400") == true)
            #expect(setup.creates == 1, "a 400 is not retried")
            refusing.update { $0 = false }
            let second = try await setup.runner().run(try setup.lines(keys), events: { _ in })
            #expect(Set(second.succeeded.keys) == ["c1.hero.en"])
            #expect(setup.uploads == 2 && setup.creates == 2)
        }
    }
}
