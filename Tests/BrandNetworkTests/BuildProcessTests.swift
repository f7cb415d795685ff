import BrandTestSupport
import Foundation
import Testing
@testable import BrandNetwork

/// `brandc build` as a user runs it, against the fake provider: resume after SIGKILL, incremental
/// reruns, the cost cap, the key never shown or stored, safe file names.
@Suite(.enabled(if: BrandcExecutable.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct BuildProcessTests {
    /// A scratch project: product files with the given ids, an output folder, a folder for logs.
    struct Project {
        let root: ScratchFolder
        var out: URL { root.url.appendingPathComponent("out") }
        var logs: URL { root.url }
        var products: [String] = []

        init(ids: [String]) throws {
            root = try ScratchFolder()
            for (index, id) in ids.enumerated() {
                let file = root.url.appendingPathComponent("product-\(index).yaml")
                let yaml = "id: \"\(id)\"\ntitle: Product number \(index)\ndescription: A test product.\nbrand: Northwind Outfitters\n"
                try Data(yaml.utf8).write(to: file)
                products.append(file.path)
            }
        }

        func arguments(_ provider: FakeProvider, _ extra: [String] = []) -> [String] {
            let root = BrandcExecutable.packageRoot.path
            return ["build", "--brand", root + "/brands/northwind/brand.yaml", "--template", root + "/templates/product-on-white.mustache",
             "--locale", "en",
             "--out", out.path, "--base-url", provider.baseURL, "--key-env", Fixtures.keyVariable]
                + products.flatMap { ["--product", $0] } + extra
        }

        var environment: [String: String] { [Fixtures.keyVariable: Fixtures.key] }

        var outputNames: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).sorted() }

        func succeededCounts() -> [String: Int] {
            var counts: [String: Int] = [:]
            for record in SubmissionJournal.records(in: out) where record.state == .succeeded { counts[record.key, default: 0] += 1 }
            return counts
        }
    }

    static func imageReply(delay: Double = 0) -> FakeProvider.Responder {
        { _, _ in
            var reply = FakeProvider.Reply.json(WireBodies.geminiImage())
            reply.delay = delay
            return reply
        }
    }

    /// The first answer comes at once; the next is held (as a slow 4K render would be) until the
    /// run has been killed, so the kill always lands mid-request, however loaded the machine is.
    @Test func killedMidRunResumesWithEveryProductDoneExactlyOnce() async throws {
        let project = try Project(ids: ["kill-a", "kill-b", "kill-c", "kill-d"])
        defer { project.root.remove() }
        let holding = Locked(true)
        let served = Locked(0)
        let provider = try await FakeProvider { _, _ in
            var reply = FakeProvider.Reply.json(WireBodies.geminiImage())
            let first = served.update { count in
                count += 1
                return count == 1
            }
            if holding.value, !first { reply.delay = FakeProvider.Reply.heldUntilTheClientLeaves }
            return reply
        }
        let running = try BrandcExecutable.start(project.arguments(provider, ["--concurrency", "1", "--timeout", "3600"]), environment: project.environment,
                                                 logs: project.logs)
        let deadline = Date().addingTimeInterval(60)
        while provider.requests.count < 2 || project.succeededCounts().isEmpty, Date() < deadline {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        #expect(project.succeededCounts().count == 1, "no request finished before the deadline")
        kill(running.process.processIdentifier, SIGKILL)
        _ = try await running.wait()
        #expect(running.process.terminationReason == .uncaughtSignal)
        holding.update { $0 = false }
        let inFlight = SubmissionJournal.latest(in: project.out).values.filter { $0.state == .inFlight }
        #expect(inFlight.count == 1, "the killed run should have one request in flight")

        let rerun = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(rerun.status == 0, "\(rerun.stdout)\n\(rerun.stderr)")
        #expect(project.succeededCounts().values.sorted() == [1, 1, 1, 1])
        #expect(project.outputNames.filter { $0.hasSuffix(".partial") }.isEmpty, "\(project.outputNames)")
        #expect(project.outputNames.filter { $0.hasSuffix(".png") }.count == 4)
        let paid = provider.paid.value
        #expect(paid.count == 4)
        #expect(paid.values.allSatisfy { $0 == 1 }, "a finished product was paid for twice: \(paid.values)")
        await provider.stop()
    }

    @Test func secondRunSendsNothingAndAChangedProductAlone() async throws {
        let project = try Project(ids: ["inc-a", "inc-b"])
        defer { project.root.remove() }
        let provider = try await FakeProvider(Self.imageReply())
        let first = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(provider.requests.count == 2)
        let second = try await BrandcExecutable.run(project.arguments(provider, ["--json"]), environment: project.environment, logs: project.logs)
        #expect(second.status == 0)
        #expect(provider.requests.count == 2)
        #expect(second.stdout.split(separator: "\n").allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
        #expect(second.stdout.contains(#""send":[]"#))
        try Data("id: \"inc-b\"\ntitle: A new title\ndescription: Changed.\nbrand: Northwind Outfitters\n".utf8)
            .write(to: URL(fileURLWithPath: project.products[1]))
        let third = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(third.status == 0)
        #expect(provider.requests.count == 3)
        #expect(String(decoding: provider.requests[2].body, as: UTF8.self).contains("A new title"))
        await provider.stop()
    }

    @Test func costCapStopsBeforeSending() async throws {
        let project = try Project(ids: ["cap-a", "cap-b"])
        defer { project.root.remove() }
        let provider = try await FakeProvider(Self.imageReply())
        let result = try await BrandcExecutable.run(project.arguments(provider, ["--max-cost", "0.05"]), environment: project.environment,
                                              logs: project.logs)
        #expect(result.status == 1)
        #expect(result.stderr.contains("exceeds --max-cost $0.0500: nothing sent"))
        #expect(provider.requests.isEmpty)
        await provider.stop()
    }

    /// Failures that echo the key, a scan of every file written and everything printed.
    @Test func theKeyAppearsNowhere() async throws {
        let project = try Project(ids: ["leak-a", "leak-b"])
        defer { project.root.remove() }
        let provider = try await FakeProvider { request, _ in
            String(decoding: request.body, as: UTF8.self).contains("number 0")
                ? .json(WireBodies.geminiImage())
                : .json(#"{"error":{"code":400,"message":"API key not valid: \#(request.headers["x-goog-api-key"] ?? "")","status":"INVALID_ARGUMENT"}}"#,
                        status: 400)
        }
        let result = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(result.status == 1)
        #expect(result.stdout.contains("INVALID_ARGUMENT"))
        #expect(provider.requests.allSatisfy { $0.headers["x-goog-api-key"] == Fixtures.key })
        #expect(!result.stdout.contains(Fixtures.key) && !result.stderr.contains(Fixtures.key))
        let everything = FileManager.default.enumerator(atPath: project.root.url.path)?.allObjects as? [String] ?? []
        #expect(everything.contains { $0.hasSuffix("journal.jsonl") })
        for name in everything {
            let data = FileManager.default.contents(atPath: project.root.url.appendingPathComponent(name).path) ?? Data()
            #expect(data.range(of: Data(Fixtures.key.utf8)) == nil, "\(name) holds the key")
        }
        await provider.stop()
    }

    /// Ids that try to escape the folder, Windows device names and non-ASCII ids stay inside the output folder.
    @Test func outputNamesAreSafe() async throws {
        let project = try Project(ids: ["../../escape", "CON", "日本語-ïd", ".hidden"])
        defer { project.root.remove() }
        let provider = try await FakeProvider(Self.imageReply())
        let result = try await BrandcExecutable.run(project.arguments(provider), environment: project.environment, logs: project.logs)
        #expect(result.status == 0, "\(result.stderr)")
        let images = project.outputNames.filter { $0.hasSuffix(".png") }
        #expect(images.count == 4)
        #expect(images.allSatisfy { !$0.hasPrefix(".") && !$0.contains("/") })
        #expect(images.contains { $0.hasPrefix("_CON") })
        #expect(images.contains { $0.hasPrefix("日本語-ïd") })
        #expect(!FileManager.default.fileExists(atPath: project.root.url.deletingLastPathComponent().appendingPathComponent("escape").path))
        await provider.stop()
    }

    /// The whole `brandc build` with a 30 MB answer peaks well under the body's size above the same
    /// build with a tiny answer: the body is streamed to disk and decoded in pieces.
    @Test(.enabled(if: PeakMemory.isAvailable, "needs /proc to read a child's peak memory"))
    func aThirtyMegabyteAnswerDoesNotSitInMemory() async throws {
        let project = try Project(ids: ["rss-a"])
        defer { project.root.remove() }
        var image = TinyImages.png(size: 4)
        image += [UInt8](repeating: 0x3C, count: 22_000_000)
        let large = Array(WireBodies.gemini(parts: [WireBodies.imagePart(image)]).utf8)
        let small = Array(WireBodies.geminiImage().utf8)
        let useLarge = Locked(false)
        let provider = try await FakeProvider { _, _ in FakeProvider.Reply(body: useLarge.value ? large : small) }
        let arguments = project.arguments(provider, ["--force"])
        let baselineRun = try BrandcExecutable.start(arguments, environment: project.environment, logs: project.logs)
        let baseline = PeakMemory.watch(baselineRun.process)
        #expect(try await baselineRun.wait().status == 0)
        useLarge.update { $0 = true }
        let measuredRun = try BrandcExecutable.start(arguments, environment: project.environment, logs: project.logs)
        let measured = PeakMemory.watch(measuredRun.process)
        #expect(try await measuredRun.wait().status == 0)
        let imageFile = project.out.appendingPathComponent(project.outputNames.first { $0.hasSuffix(".png") } ?? "")
        #expect(FileManager.default.contents(atPath: imageFile.path)?.count == image.count)
        let growth = measured - baseline
        #expect(baseline > 0 && growth < large.count / 3, "peak grew by \(growth) bytes for a \(large.count)-byte body")
        print("peak RSS of brandc build: \(baseline) bytes with a tiny answer, \(measured) with a \(large.count)-byte one")
        await provider.stop()
    }

    @Test func tokenizerInstallVerifiesBeforeInstalling() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let provider = try await FakeProvider { _, _ in FakeProvider.Reply(body: Array("not the real model".utf8)) }
        let environment = ["XDG_CACHE_HOME": folder.url.path]
        let result = try await BrandcExecutable.run(["tokenizer", "install", "gemini", "--url", provider.baseURL + "/model.spm"],
                                              environment: environment, logs: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("SHA-256 mismatch"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("brandc").path)
            || (FileManager.default.enumerator(atPath: folder.url.appendingPathComponent("brandc").path)?.allObjects
                .compactMap { $0 as? String }.filter { $0.contains(".spm") || $0.contains("partial") }.isEmpty ?? true))
        #expect(provider.requests.count == 1)
        await provider.stop()
    }
}
