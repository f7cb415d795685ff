import Foundation
import Testing
@testable import BrandNetwork

/// The Batch API client against the fake service on 127.0.0.1: the resumable upload's headers and
/// bytes, job states to the end, retries on 5xx and dropped downloads, and the key kept out of
/// every failure.
struct BatchJobClientTests {
    static let input = Array((#"{"key":"a","request":{"contents":[{"parts":[{"text":"one"}]}]}}"# + "\n"
        + #"{"key":"b","request":{"contents":[{"parts":[{"text":"two"}]}]}}"# + "\n").utf8)
    static let path = "/v1beta/models/gemini-3.1-flash-image:generateContent"

    /// Runs `body` with a client of the service, an input file and a scratch folder.
    static func withClient<T>(_ service: FakeBatchService, sleeper: RecordingSleeper = RecordingSleeper(),
                              environment: [String: String] = [Fixtures.keyVariable: Fixtures.key],
                              _ body: (BatchJobClient, FakeProvider, URL, ScratchFolder) async throws -> T) async throws -> T {
        let provider = try await service.start()
        let transport = HTTPBatchTransport(connectTimeout: 2)
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let file = scratch.url.appendingPathComponent("input.jsonl")
        try Data(input).write(to: file)
        var client = BatchJobClient(transport: transport, connection: Fixtures.connection(provider), scratchFolder: scratch.url,
                                    sleeper: sleeper, environment: environment)
        client.random = { 0 }
        client.policy = RetryPolicy(maxAttempts: 4, initialDelay: 1, multiplier: 2, maxDelay: 8, jitter: 0)
        let result: Result<T, any Error>
        do { result = .success(try await body(client, provider, file, scratch)) } catch { result = .failure(error) }
        await transport.shutdown()
        await provider.stop()
        return try result.get()
    }

    @Test func uploadsCreatesPollsToSuccessAndDownloads() async throws {
        let service = FakeBatchService()
        let sleeper = RecordingSleeper()
        try await Self.withClient(service, sleeper: sleeper) { client, provider, file, scratch in
            let uploaded = try await client.upload(file, displayName: "brandc-test-input")
            let start = try #require(provider.requests.first)
            #expect(start.path == "/upload/v1beta/files")
            #expect(start.headers["x-goog-upload-protocol"] == "resumable")
            #expect(start.headers["x-goog-upload-command"] == "start")
            #expect(start.headers["x-goog-upload-header-content-length"] == "\(Self.input.count)")
            #expect(start.headers["x-goog-upload-header-content-type"] == "jsonl")
            #expect(start.headers["x-goog-api-key"] == Fixtures.key)
            let transfer = try #require(provider.requests.dropFirst().first)
            #expect(transfer.headers["x-goog-upload-command"] == "upload, finalize")
            #expect(transfer.body == Self.input, "the uploaded bytes are the file's")
            #expect(transfer.headers["x-goog-api-key"] == nil, "the session URL carries its own id, not the key")
            #expect(service.files.value[uploaded] == Self.input)

            let created = try await client.create(generateContentPath: Self.path, inputFile: uploaded, displayName: "brandc-test")
            #expect(provider.requests.last?.path == "/v1beta/models/gemini-3.1-flash-image:batchGenerateContent")
            #expect(created.state == .pending)
            let seen = Locked<[BatchState]>([])
            let final = try await client.wait(for: created.name, interval: 2) { status in seen.update { $0.append(status.state) } }
            #expect(seen.value == [.running, .succeeded])
            #expect(final.state == .succeeded)
            #expect(sleeper.sleeps == [2], "one wait between the two polls")

            let responses = scratch.url.appendingPathComponent("responses.jsonl")
            try await client.download(try #require(final.responsesFile), to: responses)
            #expect(try Data(contentsOf: responses) == Data(try #require(service.files.value[final.responsesFile ?? ""])))
            #expect(scratch.names.filter { $0.hasSuffix(".partial") }.isEmpty)
        }
    }

    @Test(arguments: ["BATCH_STATE_FAILED", "BATCH_STATE_EXPIRED"])
    func aJobThatEndsBadlyIsReportedWithItsState(_ ending: String) async throws {
        let service = FakeBatchService(script: ["BATCH_STATE_PENDING", ending])
        try await Self.withClient(service) { client, _, file, _ in
            let uploaded = try await client.upload(file, displayName: "in")
            let created = try await client.create(generateContentPath: Self.path, inputFile: uploaded, displayName: "job")
            let final = try await client.wait(for: created.name, interval: 1)
            #expect(final.state == BatchState(wire: ending))
            #expect(final.state.isFinal)
            #expect(final.responsesFile == nil)
            if ending.hasSuffix("FAILED") { #expect(final.errorMessage == "fake internal failure") }
        }
    }

    @Test func aCancelledJobReadsAsCancelled() async throws {
        let service = FakeBatchService(script: ["BATCH_STATE_PENDING", "BATCH_STATE_RUNNING", "BATCH_STATE_RUNNING"])
        try await Self.withClient(service) { client, provider, file, _ in
            let uploaded = try await client.upload(file, displayName: "in")
            let created = try await client.create(generateContentPath: Self.path, inputFile: uploaded, displayName: "job")
            try await client.cancel(created.name)
            #expect(provider.requests.last?.path == "/v1beta/\(created.name):cancel")
            #expect(try await client.status(of: created.name).state == .cancelled)
        }
    }

    /// The image guide's sample shape: `JOB_STATE_*` at the top level and `dest.fileName`.
    @Test func theSDKShapedStatusIsReadToo() async throws {
        let service = FakeBatchService(script: ["BATCH_STATE_RUNNING", "BATCH_STATE_SUCCEEDED"], sdkShape: true)
        try await Self.withClient(service) { client, _, file, _ in
            let uploaded = try await client.upload(file, displayName: "in")
            let created = try await client.create(generateContentPath: Self.path, inputFile: uploaded, displayName: "job")
            #expect(created.state == .running)
            let final = try await client.wait(for: created.name, interval: 1)
            #expect(final.state == .succeeded)
            #expect(final.responsesFile == "files/responses-job-1")
        }
    }

    @Test func serverErrorsWhilePollingAreRetriedWithBackoff() async throws {
        let service = FakeBatchService(script: ["BATCH_STATE_PENDING", "BATCH_STATE_SUCCEEDED"], fault: { request, attempt in
            request.method == "GET" && request.path.hasPrefix("/v1beta/batches/") && attempt <= 2
                ? .json(WireBodies.googleError(code: 503, status: "UNAVAILABLE"), status: 503) : nil
        })
        let sleeper = RecordingSleeper()
        try await Self.withClient(service, sleeper: sleeper) { client, provider, file, _ in
            let uploaded = try await client.upload(file, displayName: "in")
            let created = try await client.create(generateContentPath: Self.path, inputFile: uploaded, displayName: "job")
            let final = try await client.wait(for: created.name, interval: 10)
            #expect(final.state == .succeeded)
            #expect(provider.count(path: "/v1beta/\(created.name)") == 3)
            #expect(sleeper.sleeps == [1, 2], "two retry waits (1 s, 2 s), no poll wait: the first answered poll was final")
        }
    }

    @Test func aDroppedDownloadIsRetriedAndLandsWhole() async throws {
        let service = FakeBatchService(script: ["BATCH_STATE_SUCCEEDED"], fault: { request, attempt in
            guard request.path.hasPrefix("/download/"), attempt <= 2 else { return nil }
            var reply = FakeProvider.Reply.json(String(repeating: "x", count: 4096))
            reply.fault = attempt == 1 ? .reset : .truncate
            return reply
        })
        try await Self.withClient(service) { client, provider, file, scratch in
            let uploaded = try await client.upload(file, displayName: "in")
            let created = try await client.create(generateContentPath: Self.path, inputFile: uploaded, displayName: "job")
            let responsesFile = try #require(created.responsesFile)
            let destination = scratch.url.appendingPathComponent("responses.jsonl")
            try await client.download(responsesFile, to: destination)
            #expect(provider.count(path: "/download/v1beta/\(responsesFile):download?alt=media") == 3)
            #expect(try Data(contentsOf: destination) == Data(try #require(service.files.value[responsesFile])))
            #expect(scratch.names.filter { $0.hasSuffix(".partial") }.isEmpty)
        }
    }

    @Test func theKeyNeverAppearsInAFailure() async throws {
        let echo = FakeProvider.Reply.json(#"{"error":{"code":403,"message":"key \#(Fixtures.key) is not allowed","status":"PERMISSION_DENIED"}}"#,
                                           status: 403)
        let service = FakeBatchService(fault: { _, _ in echo })
        try await Self.withClient(service) { client, provider, file, _ in
            let failure = await #expect(throws: BatchFailure.self) { try await client.upload(file, displayName: "in") }
            #expect(failure?.reason.contains(Fixtures.key) == false)
            #expect(failure?.reason.contains("[key]") == true)
            #expect(failure?.retriable == false)
            #expect(provider.requests.count == 1, "a 403 is not retried")
        }
    }

    @Test func aMissingKeySendsNothing() async throws {
        try await Self.withClient(FakeBatchService(), environment: [:]) { client, provider, file, _ in
            let failure = await #expect(throws: BatchFailure.self) { try await client.upload(file, displayName: "in") }
            #expect(failure?.reason.contains(Fixtures.keyVariable) == true)
            #expect(provider.requests.isEmpty)
        }
    }

    /// A 3 MiB input crosses the 1 MiB read buffers of the streamed upload and arrives byte for byte.
    @Test func aMultiBufferInputStreamsWhole() async throws {
        let service = FakeBatchService()
        try await Self.withClient(service) { client, provider, _, scratch in
            var big: [UInt8] = []
            var index = 0
            while big.count < 3 << 20 {
                big += Array(#"{"key":"k\#(index)","request":{"contents":[{"parts":[{"text":"line \#(index)"}]}]}}"#.utf8) + [0x0A]
                index += 1
            }
            let file = scratch.url.appendingPathComponent("big.jsonl")
            try Data(big).write(to: file)
            let uploaded = try await client.upload(file, displayName: "big")
            #expect(service.files.value[uploaded] == big)
            #expect(provider.requests.first?.headers["x-goog-upload-header-content-length"] == "\(big.count)")
        }
    }

    /// A create answered 429 made no job: it is sent again after the server's delay. (A create whose
    /// answer was lost is not: it may have made one.)
    @Test func aRateLimitedCreateIsRetriedButALostOneIsNot() async throws {
        let service = FakeBatchService(fault: { request, attempt in
            guard request.path.hasSuffix(":batchGenerateContent") else { return nil }
            if request.body.contains(UInt8(ascii: "L")) {
                var reply = FakeProvider.Reply.json("{}")
                reply.fault = .reset
                return reply
            }
            return attempt == 1 ? .json(WireBodies.googleError(code: 429, status: "RESOURCE_EXHAUSTED", retryDelay: "7s"), status: 429) : nil
        })
        let sleeper = RecordingSleeper()
        try await Self.withClient(service, sleeper: sleeper) { client, provider, file, _ in
            let uploaded = try await client.upload(file, displayName: "in")
            let created = try await client.create(generateContentPath: Self.path, inputFile: uploaded, displayName: "job")
            #expect(created.name == "batches/job-1")
            #expect(sleeper.sleeps == [7], "the server's RetryInfo delay")
            let before = provider.requests.count
            let failure = await #expect(throws: BatchFailure.self) {
                try await client.create(generateContentPath: Self.path, inputFile: uploaded, displayName: "Lost")
            }
            #expect(failure?.retriable == true)
            #expect(provider.requests.count == before + 1, "a create whose answer was lost was sent again")
        }
    }
}
