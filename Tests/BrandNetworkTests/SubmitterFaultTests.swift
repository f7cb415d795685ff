import Foundation
import Testing
@testable import BrandNetwork

/// Every fault the fake provider can inject, over real HTTP on loopback: what is retried, how long
/// brandc waits, and how many requests the provider saw.
struct SubmitterFaultTests {
    func submit(_ responder: @escaping FakeProvider.Responder, total: Double = 5, maxAttempts: Int = 5)
        async throws -> (outcome: SubmissionOutcome, requests: Int, sleeps: [Double])
    {
        try await Fixtures.withProvider(responder) { provider, transport in
            let folder = try ScratchFolder()
            defer { folder.remove() }
            let sleeper = RecordingSleeper()
            var submitter = Fixtures.submitter(transport, sleeper: sleeper)
            submitter.policy.maxAttempts = maxAttempts
            let outcome = await submitter.submit(Fixtures.request(), over: Fixtures.connection(provider, total: total), into: folder.url)
            if case .succeeded(let summary, _) = outcome {
                for image in summary.images { try? FileManager.default.removeItem(at: image.temporaryFile) }
            }
            #expect(folder.names.filter { $0.hasSuffix(".partial") }.isEmpty, "temporary files left: \(folder.names)")
            return (outcome, provider.requests.count, sleeper.sleeps)
        }
    }

    func failure(_ outcome: SubmissionOutcome) -> SubmissionFailure? {
        if case .failed(let failure, _) = outcome { return failure }
        return nil
    }

    func firstFails(_ reply: FakeProvider.Reply) -> FakeProvider.Responder {
        { _, attempt in attempt == 1 ? reply : .json(WireBodies.geminiImage()) }
    }

    @Test func sendsTheKeyInTheRouteHeaderAndSucceeds() async throws {
        let seen = Locked<String?>(nil)
        let result = try await submit { request, _ in
            seen.update { $0 = request.headers["x-goog-api-key"] }
            return .json(WireBodies.geminiImage())
        }
        guard case .succeeded(let summary, let attempts) = result.outcome else { Issue.record("failed: \(result.outcome)"); return }
        #expect(attempts == 1)
        #expect(summary.images.map(\.kind) == [.png])
        #expect(seen.value == Fixtures.key)
    }

    /// 429 with `RetryInfo.retryDelay: 7s`: one wait of exactly 7 s (jitter fixed at 0), then success.
    @Test func honoursRetryDelayOn429() async throws {
        let result = try await submit(firstFails(.json(WireBodies.googleError(code: 429, status: "RESOURCE_EXHAUSTED", retryDelay: "7s"), status: 429)))
        #expect(result.requests == 2)
        #expect(result.sleeps == [7])
    }

    @Test func honoursRetryAfterHeader() async throws {
        var reply = FakeProvider.Reply.json(#"{"error":{"message":"busy","type":"overloaded_error"}}"#, status: 503)
        reply.headers.append(("retry-after", "11"))
        let result = try await submit(firstFails(reply))
        #expect(result.requests == 2)
        #expect(result.sleeps == [11])
    }

    /// 500, 502, 503, 504 back off exponentially from 1 s: 1, 2, 4 before the fourth try succeeds.
    @Test func backsOffExponentiallyOnServerErrors() async throws {
        let result = try await submit { _, attempt in
            let statuses = [500, 502, 503]
            return attempt <= 3 ? .json(WireBodies.googleError(code: statuses[attempt - 1], status: "UNAVAILABLE"), status: statuses[attempt - 1])
                : .json(WireBodies.geminiImage())
        }
        #expect(result.requests == 4)
        #expect(result.sleeps == [1, 2, 4])
    }

    @Test func givesUpAfterMaxAttemptsAsRetriable() async throws {
        let result = try await submit({ _, _ in .json(WireBodies.googleError(code: 504, status: "DEADLINE_EXCEEDED"), status: 504) },
                                      maxAttempts: 3)
        #expect(result.requests == 3)
        #expect(failure(result.outcome)?.retriable == true)
        #expect(failure(result.outcome)?.httpStatus == 504)
    }

    @Test(arguments: [400, 404])
    func doesNotRetryClientErrors(status: Int) async throws {
        let result = try await submit { _, _ in .json(WireBodies.googleError(code: status, status: "INVALID_ARGUMENT"), status: status) }
        #expect(result.requests == 1)
        #expect(failure(result.outcome)?.retriable == false)
        #expect(failure(result.outcome)?.stopsRun == false)
        #expect(failure(result.outcome)?.reason.contains("HTTP \(status)") == true)
    }

    /// A refused key is not retried, stops the run, and is not final: the rerun with the right key sends it.
    @Test(arguments: [(401, "UNAUTHENTICATED", nil), (403, "PERMISSION_DENIED", nil), (400, "INVALID_ARGUMENT", "API_KEY_INVALID")])
    func aRefusedKeyStopsTheRunWithoutAFinalFailure(status: Int, name: String, reason: String?) async throws {
        let result = try await submit { _, _ in .json(WireBodies.googleError(code: status, status: name, reason: reason), status: status) }
        #expect(result.requests == 1)
        #expect(result.sleeps.isEmpty)
        #expect(failure(result.outcome)?.retriable == true)
        #expect(failure(result.outcome)?.stopsRun == true)
        #expect(failure(result.outcome)?.reason.contains("the key was refused") == true)
    }

    @Test func perDayQuotaStopsTheRun() async throws {
        let result = try await submit { _, _ in
            .json(WireBodies.googleError(code: 429, status: "RESOURCE_EXHAUSTED", retryDelay: "20s",
                                         quotaID: "GenerateRequestsPerDayPerProjectPerModel-FreeTier"), status: 429)
        }
        #expect(result.requests == 1)
        #expect(result.sleeps.isEmpty)
        #expect(failure(result.outcome)?.stopsRun == true)
        #expect(failure(result.outcome)?.reason.contains("per-day quota") == true)
    }

    /// The first answer comes long after the deadline; the retry's comes at once. The gap between the
    /// 4 s deadline and the 60 s answer is wide because the whole suite runs in parallel: on a loaded
    /// machine a 15 s answer was seen to arrive before the client's deadline took effect.
    @Test func retriesASlowAnswerPastTheTimeout() async throws {
        var slow = FakeProvider.Reply.json(WireBodies.geminiImage())
        slow.delay = 60
        let result = try await submit(firstFails(slow), total: 4)
        #expect(result.requests == 2)
        guard case .succeeded = result.outcome else { Issue.record("expected success, got \(result.outcome)"); return }
    }

    @Test func retriesConnectionResetsAndTruncatedBodies() async throws {
        var reset = FakeProvider.Reply()
        reset.fault = .reset
        var truncated = FakeProvider.Reply.json(WireBodies.geminiImage())
        truncated.fault = .truncate
        let (resetReply, truncatedReply) = (reset, truncated)
        let result = try await submit { _, attempt in
            switch attempt {
            case 1: resetReply
            case 2: truncatedReply
            default: .json(WireBodies.geminiImage())
            }
        }
        #expect(result.requests == 3)
        guard case .succeeded = result.outcome else { Issue.record("expected success, got \(result.outcome)"); return }
    }

    @Test func retriesMalformedJSON() async throws {
        let result = try await submit(firstFails(.json(#"{"candidates":[{"#)))
        #expect(result.requests == 2)
    }

    @Test func retriesNoImageExactlyOnce() async throws {
        let result = try await submit { _, _ in .json(WireBodies.gemini(parts: [], finishReason: "NO_IMAGE")) }
        #expect(result.requests == 2)
        #expect(failure(result.outcome)?.reason == "no image (NO_IMAGE)")
    }

    @Test(arguments: [WireBodies.gemini(parts: [], finishReason: "IMAGE_SAFETY"), WireBodies.blocked])
    func neverRetriesContentBlocks(body: String) async throws {
        let result = try await submit { _, _ in .json(body) }
        #expect(result.requests == 1)
        #expect(failure(result.outcome)?.retriable == false)
        #expect(failure(result.outcome)?.reason.hasPrefix("blocked") == true)
    }

    /// A redirect could carry the key header elsewhere: it is not followed, and not retried.
    @Test func redirectsAreNotFollowed() async throws {
        var redirect = FakeProvider.Reply(status: 307)
        redirect.headers = [("location", "http://127.0.0.1:9/elsewhere")]
        let reply = redirect
        let result = try await submit { _, _ in reply }
        #expect(result.requests == 1)
        #expect(failure(result.outcome)?.httpStatus == 307)
        #expect(failure(result.outcome)?.retriable == false)
    }

    @Test func aJPEGLabelledPNGIsSavedAsJPEG() async throws {
        let result = try await submit { _, _ in
            .json(WireBodies.gemini(parts: [WireBodies.imagePart(TinyImages.jpeg(), mimeType: "image/png")]))
        }
        guard case .succeeded(let summary, _) = result.outcome else { Issue.record("\(result.outcome)"); return }
        #expect(summary.images.map(\.kind) == [.jpeg])
    }

    @Test func missingKeyFailsBeforeSending() async throws {
        try await Fixtures.withProvider({ _, _ in .json(WireBodies.geminiImage()) }) { provider, transport in
            let folder = try ScratchFolder()
            defer { folder.remove() }
            let submitter = Submitter(transport: transport, sleeper: RecordingSleeper(), environment: [:])
            let outcome = await submitter.submit(Fixtures.request(), over: Fixtures.connection(provider), into: folder.url)
            #expect(failure(outcome)?.reason == "the API key variable \(Fixtures.keyVariable) is not set (or empty)")
            #expect(failure(outcome)?.retriable == true, "a configuration failure is never final")
            #expect(submitter.configurationProblem(for: Fixtures.request(), over: Fixtures.connection(provider))
                == failure(outcome)?.reason)
            #expect(provider.requests.isEmpty)
        }
    }
}
