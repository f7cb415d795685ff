import BrandTestSupport
import Foundation
import Testing
@testable import BrandNetwork

/// `brandc edit turn` as a user runs it: killed with SIGKILL mid-request, the resumed turn sends the
/// same request once more and is paid for once.
@Suite(.enabled(if: BrandcExecutable.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct EditProcessTests {
    @Test func aTurnKilledMidRequestResumesPaidOnce() async throws {
        let root = try ScratchFolder()
        defer { root.remove() }
        let service = FakeEditService()
        let holding = Locked(true)
        let provider = try await FakeProvider { request, _ in
            var reply = service.answer(request)
            if holding.value { reply.delay = FakeProvider.Reply.heldUntilTheClientLeaves }
            return reply
        }
        let image = root.url.appendingPathComponent("start.png")
        try Data(TinyImages.png(size: 4)).write(to: image)
        let session = root.url.appendingPathComponent("cup").path
        let environment = [Fixtures.keyVariable: Fixtures.key]
        let network = ["--base-url", provider.baseURL, "--key-env", Fixtures.keyVariable]
        let start = try await BrandcExecutable.run(["edit", "start", session, "--image", image.path, "--route", "google/nano-banana-2"],
                                             environment: environment, logs: root.url)
        #expect(start.status == 0, "\(start.stderr)")
        // The turn's own deadline is out of the way too: a test starved on a loaded machine must not
        // see the turn time out and send again before the kill.
        let running = try BrandcExecutable.start(["edit", "turn", session, "make it blue", "--timeout", "3600"] + network,
                                                 environment: environment, logs: root.url)
        let deadline = Date().addingTimeInterval(60)
        while provider.requests.isEmpty, Date() < deadline { try await Task.sleep(nanoseconds: 50_000_000) }
        try #require(provider.requests.count == 1, "the turn never reached the provider")
        kill(running.process.processIdentifier, SIGKILL)
        _ = try await running.wait()
        #expect(running.process.terminationReason == .uncaughtSignal)
        holding.update { $0 = false }
        #expect(FileManager.default.fileExists(atPath: session + "/turn-001.pending.json"))
        #expect(provider.paid.value.isEmpty, "the killed request was answered")

        let resumed = try await BrandcExecutable.run(["edit", "turn", session, "--resume"] + network, environment: environment, logs: root.url)
        #expect(resumed.status == 0, "\(resumed.stdout)\n\(resumed.stderr)")
        #expect(FileManager.default.fileExists(atPath: session + "/turn-001.json"))
        #expect(!FileManager.default.fileExists(atPath: session + "/turn-001.pending.json"))
        try #require(provider.requests.count == 2, "the resumed turn did not send the request again")
        #expect(provider.requests[0].body == provider.requests[1].body, "the resumed turn sent a different request")
        #expect(provider.paid.value.values.sorted() == [1], "\(provider.paid.value.values)")
        // Once finished, asking again sends nothing more.
        let again = try await BrandcExecutable.run(["edit", "turn", session, "--resume"] + network, environment: environment, logs: root.url)
        #expect(again.status != 0)
        #expect(provider.requests.count == 2)
        await provider.stop()
    }
}
