import BrandLowering
import BrandModel
import Foundation
import Testing
@testable import BrandNetwork

/// The journal, incremental reruns, stopping early, and the key never reaching disk.
struct BuildRunnerTests {
    func planned(_ keys: [String], prompt: (String) -> String = { "draw \($0)" }, provider: FakeProvider, staging: URL) throws -> [PlannedRequest] {
        try keys.map { key in
            let request = Fixtures.request(key: key, prompt: prompt(key))
            let bodyFile = staging.appendingPathComponent(key + ".body")
            try Data(request.body).write(to: bodyFile)
            var empty = request
            empty.body = []
            var prices = RoutePrices()
            prices.imageOutputPerMillion = 60
            return PlannedRequest(
                request: empty, bodyFile: bodyFile, hash: RequestHash.of(request, model: "m"), outputName: key,
                connection: Fixtures.connection(provider), prices: prices, imageSize: "1K", imageOutputTokens: 1120,
                estimatedCost: 0.0672)
        }
    }

    func run(_ requests: [PlannedRequest], transport: HTTPTransport, out: URL, concurrency: Int = 4) async throws -> BuildReport {
        let runner = BuildRunner(submitter: Fixtures.submitter(transport), outputFolder: out, concurrency: concurrency)
        let plan = BuildPlan(requests, journal: SubmissionJournal.latest(in: out))
        return try await runner.run(plan.toSend) { _ in }
    }

    @Test func journalsEachRequestAndWritesItsFiles() async throws {
        let (out, staging) = (try ScratchFolder(), try ScratchFolder())
        defer { out.remove(); staging.remove() }
        try await Fixtures.withProvider({ _, _ in .json(WireBodies.geminiImage()) }) { provider, transport in
            let report = try await run(try planned(["a", "b", "c"], provider: provider, staging: staging.url), transport: transport, out: out.url)
            #expect(report.succeeded.count == 3)
            #expect(abs(report.spend - 3 * 1120 * 60 / 1_000_000) < 1e-9)
            #expect(report.usage.imageOutputTokens == 3 * 1120)
        }
        #expect(out.names == ["a.png", "a.response.json", "a.txt", "b.png", "b.response.json", "b.txt", "c.png", "c.response.json",
                              "c.txt", SubmissionJournal.fileName])
        let records = SubmissionJournal.records(in: out.url)
        for key in ["a", "b", "c"] {
            #expect(records.filter { $0.key == key }.map(\.state) == [.planned, .inFlight, .succeeded])
        }
        let record = try #require(SubmissionJournal.latest(in: out.url)["a"])
        let png = try Data(contentsOf: out.url.appendingPathComponent("a.png"))
        #expect(record.files?.first { $0.name == "a.png" }?.sha256 == RequestHash.sha256(png))
        #expect(String(decoding: try Data(contentsOf: out.url.appendingPathComponent("a.txt")), as: UTF8.self) == "Here is your image\n")
    }

    /// An unchanged feed sends nothing the second time; a changed product is sent again, alone.
    @Test func rerunsAreIncremental() async throws {
        let (out, staging) = (try ScratchFolder(), try ScratchFolder())
        defer { out.remove(); staging.remove() }
        try await Fixtures.withProvider({ _, _ in .json(WireBodies.geminiImage()) }) { provider, transport in
            _ = try await run(try planned(["a", "b"], provider: provider, staging: staging.url), transport: transport, out: out.url)
            #expect(provider.requests.count == 2)
            let again = try planned(["a", "b"], provider: provider, staging: staging.url)
            let plan = BuildPlan(again, journal: SubmissionJournal.latest(in: out.url))
            #expect(plan.toSend.isEmpty)
            #expect(plan.skipped.count == 2)
            _ = try await run(again, transport: transport, out: out.url)
            #expect(provider.requests.count == 2)
            let changed = try planned(["a", "b"], prompt: { $0 == "b" ? "draw b bigger" : "draw \($0)" }, provider: provider, staging: staging.url)
            _ = try await run(changed, transport: transport, out: out.url)
            #expect(provider.requests.count == 3)
            let lastBody = String(decoding: provider.requests.last?.body ?? [], as: UTF8.self)
            #expect(lastBody.contains("draw b bigger"))
            let forced = BuildPlan(changed, journal: SubmissionJournal.latest(in: out.url), force: true, only: ["a"])
            #expect(forced.toSend.map(\.key) == ["a"])
        }
    }

    /// Blocked requests are reported, not resent; retriable failures are resent.
    @Test func failedRequestsAreResentOnlyWhenRetriable() async throws {
        let (out, staging) = (try ScratchFolder(), try ScratchFolder())
        defer { out.remove(); staging.remove() }
        try await Fixtures.withProvider({ request, _ in
            String(decoding: request.body, as: UTF8.self).contains("draw a")
                ? .json(WireBodies.gemini(parts: [], finishReason: "IMAGE_SAFETY"))
                : .json(WireBodies.googleError(code: 500, status: "INTERNAL"), status: 500)
        }) { provider, transport in
            var submitter = Fixtures.submitter(transport)
            submitter.policy.maxAttempts = 1
            let requests = try planned(["a", "b"], provider: provider, staging: staging.url)
            let report = try await BuildRunner(submitter: submitter, outputFolder: out.url).run(requests) { _ in }
            #expect(report.failed["a"]?.retriable == false)
            #expect(report.failed["b"]?.retriable == true)
            let plan = BuildPlan(requests, journal: SubmissionJournal.latest(in: out.url))
            #expect(plan.toSend.map(\.key) == ["b"])
            #expect(plan.failedBefore.map(\.request.key) == ["a"])
        }
    }

    @Test func perDayQuotaStopsStartingNewRequests() async throws {
        let (out, staging) = (try ScratchFolder(), try ScratchFolder())
        defer { out.remove(); staging.remove() }
        try await Fixtures.withProvider({ _, _ in
            .json(WireBodies.googleError(code: 429, status: "RESOURCE_EXHAUSTED", quotaID: "GenerateRequestsPerDayPerProject"), status: 429)
        }) { provider, transport in
            let report = try await run(try planned(["a", "b", "c"], provider: provider, staging: staging.url), transport: transport,
                                       out: out.url, concurrency: 1)
            #expect(provider.requests.count == 1)
            #expect(report.notStarted == ["b", "c"])
            #expect(report.stopReason?.contains("per-day quota") == true)
        }
    }

    /// A torn last line (a crash mid-write) is ignored, and the next record starts on a line of its own.
    @Test func tornJournalLineIsIgnored() async throws {
        let out = try ScratchFolder()
        defer { out.remove() }
        let journal = try SubmissionJournal(folder: out.url)
        try await journal.append(JournalRecord(key: "a", hash: "h", state: .succeeded))
        await journal.close()
        let handle = try FileHandle(forWritingTo: out.url.appendingPathComponent(SubmissionJournal.fileName))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"key":"b","hash":"h","sta"#.utf8))
        try handle.close()
        #expect(SubmissionJournal.records(in: out.url).map(\.key) == ["a"])
        let reopened = try SubmissionJournal(folder: out.url)
        try await reopened.append(JournalRecord(key: "c", hash: "h", state: .planned))
        await reopened.close()
        #expect(SubmissionJournal.records(in: out.url).map(\.key) == ["a", "c"])
    }

    @Test func leftoversOfAKilledRunAreRemoved() throws {
        let out = try ScratchFolder()
        defer { out.remove() }
        for name in [".a.png-1.partial", ".response-2.partial", "a.png", ".hidden"] {
            try Data([1]).write(to: out.url.appendingPathComponent(name))
        }
        #expect(AtomicFile.removeLeftovers(in: out.url) == [".a.png-1.partial", ".response-2.partial"])
        #expect(out.names == [".hidden", "a.png"])
    }

    /// With a recognisable key and failures that echo it, nothing written or reported contains it.
    @Test func theKeyNeverReachesDiskOrReports() async throws {
        let (out, staging) = (try ScratchFolder(), try ScratchFolder())
        defer { out.remove(); staging.remove() }
        let events = Locked<[String]>([])
        try await Fixtures.withProvider({ request, _ in
            String(decoding: request.body, as: UTF8.self).contains("draw a")
                ? .json(WireBodies.geminiImage())
                : .json(#"{"error":{"code":400,"message":"API key \#(Fixtures.key) not valid","status":"INVALID_ARGUMENT"}}"#, status: 400)
        }) { provider, transport in
            let runner = BuildRunner(submitter: Fixtures.submitter(transport), outputFolder: out.url)
            let report = try await runner.run(try planned(["a", "b"], provider: provider, staging: staging.url)) { event in
                events.update { $0.append("\(event)") }
            }
            #expect(report.failed["b"]?.reason.contains("[key]") == true)
            events.update { $0.append("\(report)") }
        }
        for name in out.names {
            let text = String(decoding: try Data(contentsOf: out.url.appendingPathComponent(name)), as: UTF8.self)
            #expect(!text.contains(Fixtures.key), "\(name) holds the key")
        }
        #expect(!events.value.joined().contains(Fixtures.key))
    }
}
