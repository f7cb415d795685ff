import Foundation
import Testing
@testable import BrandNetwork

/// Runs that must stop early: the provider is down, or the CLI asked for it (standard output closed).
extension BuildRunnerTests {
    /// Nothing listens at the base URL: three requests in a row get no answer, the rest are not sent,
    /// and the reason is said once, in plain words.
    @Test func consecutiveConnectionFailuresStopTheRun() async throws {
        let (out, staging) = (try ScratchFolder(), try ScratchFolder())
        defer { out.remove(); staging.remove() }
        let provider = try await FakeProvider { _, _ in .json(WireBodies.geminiImage()) }
        let requests = try planned(["a", "b", "c", "d", "e", "f"], provider: provider, staging: staging.url)
        await provider.stop()
        let transport = HTTPTransport(connectTimeout: 2)
        let stops = Locked<[String]>([])
        let sleeper = RecordingSleeper()
        var submitter = Fixtures.submitter(transport, sleeper: sleeper)
        submitter.policy.maxAttempts = 2
        let runner = BuildRunner(submitter: submitter, outputFolder: out.url, concurrency: 1)
        let report = try await runner.run(requests) { event in
            if case .stopping(let reason) = event { stops.update { $0.append(reason) } }
        }
        await transport.shutdown()
        #expect(report.failed.count == 3)
        #expect(report.notStarted == ["d", "e", "f"])
        #expect(stops.value.count == 1)
        let reason = try #require(report.stopReason)
        #expect(reason.hasPrefix("3 requests in a row got no answer (connection failed: Connection refused (errno 111))"), "\(reason)")
        #expect(!reason.contains("error set"))
        #expect(report.failed.values.allSatisfy { $0.retriable })
    }

    /// Asked to stop before anything starts: nothing is sent, everything stays planned for the rerun.
    @Test func aStopRequestSendsNothingMore() async throws {
        let (out, staging) = (try ScratchFolder(), try ScratchFolder())
        defer { out.remove(); staging.remove() }
        try await Fixtures.withProvider({ _, _ in .json(WireBodies.geminiImage()) }) { provider, transport in
            var runner = BuildRunner(submitter: Fixtures.submitter(transport), outputFolder: out.url, concurrency: 2)
            runner.stop.request("standard output was closed")
            let report = try await runner.run(try planned(["a", "b", "c"], provider: provider, staging: staging.url)) { _ in }
            #expect(provider.requests.isEmpty)
            #expect(report.stopReason == "standard output was closed")
            #expect(report.notStarted == ["a", "b", "c"])
        }
    }
}
