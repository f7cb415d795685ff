import BrandTestSupport
import Foundation
import Testing
@testable import BrandNetwork

/// `brandc build` operated as people do: its output piped into `head`, outputs deleted or edited
/// between runs, a key the provider refuses.
@Suite(.enabled(if: BrandcExecutable.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct BuildOperationProcessTests {
    typealias Project = BuildProcessTests.Project

    /// `brandc build … | head -2`: the reader goes after the plan's two lines. The run stops sending,
    /// what was in flight finishes and is journaled, it exits 141 with one line saying why, and the
    /// rerun builds the rest with nothing paid twice.
    @Test func aClosedStandardOutputEndsTheRunCleanly() async throws {
        let project = try Project(ids: ["pipe-a", "pipe-b", "pipe-c", "pipe-d", "pipe-e", "pipe-f"])
        defer { project.root.remove() }
        let provider = try await FakeProvider(BuildProcessTests.imageReply(delay: 0.3))
        let executable = try #require(BrandcExecutable.path)
        let shown = project.logs.appendingPathComponent("pipe-head")
        let errors = project.logs.appendingPathComponent("pipe-stderr")
        let status = project.logs.appendingPathComponent("pipe-status")
        let script = #""$0" "$@" 2>"$ERRORS" | head -2 >"$SHOWN"; echo "${PIPESTATUS[0]}" >"$STATUS""#
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", script, executable.path] + project.arguments(provider, ["--concurrency", "2"])
        shell.currentDirectoryURL = BrandcExecutable.packageRoot
        shell.environment = ProcessInfo.processInfo.environment.merging(
            project.environment.merging(["ERRORS": errors.path, "SHOWN": shown.path, "STATUS": status.path]) { _, new in new }
        ) { _, new in new }
        shell.standardInput = FileHandle.nullDevice
        try shell.run()
        shell.waitUntilExit()
        let stderr = String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self)
        let exitStatus = String(decoding: (try? Data(contentsOf: status)) ?? Data(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(String(decoding: (try? Data(contentsOf: shown)) ?? Data(), as: UTF8.self).hasPrefix("plan: 6 to send"))
        #expect(exitStatus == "141", "\(stderr)")
        #expect(stderr.contains("brandc: standard output was closed; nothing more is sent"), "\(stderr)")
        #expect(!stderr.contains("Fatal error") && !stderr.contains("Backtrace"), "\(stderr)")
        let latest = SubmissionJournal.latest(in: project.out)
        #expect(latest.values.filter { $0.state == .inFlight }.isEmpty, "a request was left in flight")
        let succeeded = latest.values.filter { $0.state == .succeeded }.count
        #expect(succeeded == provider.paid.value.count, "every answer paid for is recorded")
        #expect(provider.requests.count < 6, "the run went on sending after its output was closed")
        #expect(project.outputNames.filter { $0.hasSuffix(".partial") || $0.contains(".request-") }.isEmpty, "\(project.outputNames)")

        let rerun = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(project.succeededCounts().values.sorted() == [1, 1, 1, 1, 1, 1])
        #expect(provider.paid.value.values.allSatisfy { $0 == 1 }, "paid twice: \(provider.paid.value)")
        await provider.stop()
    }

    /// The journal keeps each output's size, time and SHA-256: a deleted image and an edited caption
    /// are sent again (and said so in the plan), untouched outputs are not, and a third run sends nothing.
    @Test func deletedOrChangedOutputsAreSentAgain() async throws {
        let project = try Project(ids: ["keep-a", "keep-b", "keep-c"])
        defer { project.root.remove() }
        let provider = try await FakeProvider(BuildProcessTests.imageReply())
        let first = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(provider.requests.count == 3)
        let image = try #require(project.outputNames.first { $0.hasPrefix("keep-a") && $0.hasSuffix(".png") })
        try FileManager.default.removeItem(at: project.out.appendingPathComponent(image))
        let caption = project.out.appendingPathComponent(try #require(project.outputNames.first { $0.hasPrefix("keep-b") && $0.hasSuffix(".txt") }))
        let text = try Data(contentsOf: caption)
        try Data(repeating: 0x78, count: text.count).write(to: caption)

        let second = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("plan: 2 to send, 1 unchanged (skipped)"), "\(second.stdout)")
        #expect(second.stdout.contains("resent: keep-a"), "\(second.stdout)")
        #expect(second.stdout.contains("\(image) is missing"), "\(second.stdout)")
        #expect(second.stdout.contains("changed since it was written"), "\(second.stdout)")
        #expect(provider.requests.count == 5)
        #expect(FileManager.default.fileExists(atPath: project.out.appendingPathComponent(image).path))

        let third = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(third.status == 0)
        #expect(third.stdout.contains("plan: 0 to send, 3 unchanged (skipped)"), "\(third.stdout)")
        #expect(provider.requests.count == 5)
        await provider.stop()
    }

    /// The first 401 stops the run (one request, not one per product), and since a refused key is no
    /// final verdict on the request, the rerun with a key the provider takes sends everything.
    @Test func aRefusedKeyStopsAtOnceAndTheRerunSendsEverything() async throws {
        let project = try Project(ids: ["key-a", "key-b", "key-c", "key-d"])
        defer { project.root.remove() }
        let accepts = Locked(false)
        let provider = try await FakeProvider { _, _ in
            accepts.value
                ? .json(WireBodies.geminiImage())
                : .json(WireBodies.googleError(code: 400, status: "INVALID_ARGUMENT", reason: "API_KEY_INVALID"), status: 400)
        }
        let refused = try await BrandcExecutable.run(project.arguments(provider, ["--concurrency", "1", "--timeout", "3600"]), environment: project.environment,
                                               logs: project.logs)
        #expect(refused.status == 1)
        #expect(provider.requests.count == 1, "every product was sent with a refused key")
        #expect(refused.stderr.contains("the key was refused"), "\(refused.stderr)")
        accepts.update { $0 = true }
        let rerun = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(rerun.status == 0, "\(rerun.stdout)\n\(rerun.stderr)")
        #expect(rerun.stdout.contains("plan: 4 to send, 0 unchanged (skipped), 0 failed before"), "\(rerun.stdout)")
        #expect(provider.requests.count == 5)
        await provider.stop()
    }

    /// A second build into a folder a live build is writing to is refused, naming the holder's pid;
    /// it sends nothing and deletes none of the first run's partial files. The lock dies with its
    /// holder: after `kill -9` the next build gets the folder and finishes the work.
    @Test func aSecondBuildIntoALiveFolderIsRefused() async throws {
        let project = try Project(ids: ["lock-a", "lock-b"])
        defer { project.root.remove() }
        // The first run's answers are held (as a slow render would be) until it has been killed.
        let holding = Locked(true)
        let provider = try await FakeProvider { _, _ in
            var reply = FakeProvider.Reply.json(WireBodies.geminiImage())
            if holding.value { reply.delay = FakeProvider.Reply.heldUntilTheClientLeaves }
            return reply
        }
        let first = try BrandcExecutable.start(project.arguments(provider, ["--concurrency", "1", "--timeout", "3600"]), environment: project.environment,
                                               logs: project.logs)
        let deadline = Date().addingTimeInterval(60)
        while provider.requests.isEmpty, Date() < deadline { try await Task.sleep(nanoseconds: 20_000_000) }
        let partials = project.outputNames.filter { $0.hasSuffix(".partial") }
        let second = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(second.status == 2)
        #expect(second.stderr.contains("another brandc build (pid \(first.process.processIdentifier)) is writing to"), "\(second.stderr)")
        #expect(provider.requests.count == 1, "the refused run sent requests")
        #expect(Set(partials).isSubset(of: Set(project.outputNames)), "the refused run deleted the live run's files")
        kill(first.process.processIdentifier, SIGKILL)
        _ = try await first.wait()
        holding.update { $0 = false }
        let third = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(third.status == 0, "\(third.stdout)\n\(third.stderr)")
        #expect(project.outputNames.filter { $0.hasSuffix(".png") }.count == 2)
        #expect(!project.outputNames.contains(".brandc-build.pid"))
        await provider.stop()
    }
}
