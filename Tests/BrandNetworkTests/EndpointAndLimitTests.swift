import BrandLowering
import BrandModel
import Foundation
import Testing
@testable import BrandNetwork

/// countTokens, the other endpoints' auth over the wire, and the requests-per-minute limit.
struct EndpointAndLimitTests {
    @Test func countTokensWrapsTheWholeRequestAndReadsTotalTokens() async throws {
        let total = try await Fixtures.withProvider({ _, _ in .json(#"{"totalTokens":1131,"cachedContentTokenCount":0}"#) }) { provider, transport in
            let generate = ProviderRequest(key: "k", route: "r", endpoint: .gemini, path: "/v1beta/models/m:generateContent",
                                           body: Array(#"{"contents":[{"parts":[{"text":"hi"}]}],"generationConfig":{"responseModalities":["IMAGE"]}}"#.utf8))
            let total = try await CountTokens.totalTokens(for: generate, model: "gemini-3.1-flash-image", connection: Fixtures.connection(provider),
                                                          transport: transport, environment: [Fixtures.keyVariable: Fixtures.key])
            let received = try #require(provider.requests.first)
            #expect(received.path == "/v1beta/models/gemini-3.1-flash-image:countTokens")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(received.body)) as? [String: Any])
            let wrapped = try #require(body["generateContentRequest"] as? [String: Any])
            #expect(wrapped["model"] as? String == "models/gemini-3.1-flash-image")
            #expect(wrapped["generationConfig"] != nil && wrapped["contents"] != nil)
            #expect(body.count == 1)
            return total
        }
        #expect(total == 1131)
    }

    @Test func countTokensErrorsNeverEchoTheKey() async throws {
        await #expect(throws: NetworkError.io("countTokens: HTTP 403 key [key] refused")) {
            try await Fixtures.withProvider({ _, _ in
                .json(#"{"error":{"code":403,"message":"key \#(Fixtures.key) refused","status":"PERMISSION_DENIED"}}"#, status: 403)
            }) { provider, transport in
                _ = try await CountTokens.totalTokens(for: Fixtures.request(), model: "m", connection: Fixtures.connection(provider),
                                                      transport: transport, environment: [Fixtures.keyVariable: Fixtures.key])
            }
        }
    }

    /// OpenAI-compatible routes send a bearer token; Claude-compatible ones `x-api-key` and `anthropic-version`.
    @Test func otherEndpointsUseTheirAuthAndFormats() async throws {
        let png = WireBodies.base64(TinyImages.png())
        try await Fixtures.withProvider({ request, _ in
            request.path.hasSuffix("/messages")
                ? .json(WireBodies.claude(text: "no image here"))
                : .json(WireBodies.chat(message: #"{"role":"assistant","content":"ok ![i](data:image/png;base64,\#(png))"}"#))
        }) { provider, transport in
            let folder = try ScratchFolder()
            defer { folder.remove() }
            let submitter = Fixtures.submitter(transport)
            let chat = await submitter.submit(Fixtures.request(endpoint: .openAIChat, path: "/v1/chat/completions"),
                                              over: Fixtures.connection(provider, style: .bearer), into: folder.url)
            guard case .succeeded(let summary, _) = chat else { Issue.record("\(chat)"); return }
            #expect(summary.images.map(\.kind) == [.png])
            let claude = await submitter.submit(Fixtures.request(endpoint: .claude, path: "/v1/messages"),
                                                over: Fixtures.connection(provider, style: .anthropicAPIKey), into: folder.url)
            guard case .failed(let failure, let attempts) = claude else { Issue.record("\(claude)"); return }
            #expect(attempts == 1)
            #expect(failure.reason.contains("text only"))
            let headers = provider.requests.map(\.headers)
            #expect(headers[0]["authorization"] == "Bearer " + Fixtures.key)
            #expect(headers[1]["x-api-key"] == Fixtures.key)
            #expect(headers[1]["anthropic-version"] == "2023-06-01")
        }
    }

    /// The same submitter reads every endpoint style the fake provider speaks.
    @Test(arguments: [
        (Route.Endpoint.gemini, "/v1beta/models/m:generateContent", ImageKind?.some(.png)),
        (.openAIImages, "/v1/images/generations", .png),
        (.openAIChat, "/v1/chat/completions", .jpeg),
        (.claude, "/v1/messages", nil),
    ])
    func everyEndpointStyleRoundTrips(endpoint: Route.Endpoint, path: String, kind: ImageKind?) async throws {
        try await Fixtures.withProvider(FakeProvider.wireFormats) { provider, transport in
            let folder = try ScratchFolder()
            defer { folder.remove() }
            let outcome = await Fixtures.submitter(transport).submit(Fixtures.request(endpoint: endpoint, path: path),
                                                                     over: Fixtures.connection(provider), into: folder.url)
            switch outcome {
            case .succeeded(let summary, _): #expect(summary.images.last?.kind == kind)
            case .failed(let failure, _): #expect(kind == nil, "\(failure)")
            }
            #expect(provider.count(path: path) == 1)
        }
    }

    @Test func rateLimiterSpacesStarts() async throws {
        let sleeper = RecordingSleeper()
        let limiter = RateLimiter(perMinute: 30, sleeper: sleeper)
        for _ in 0..<4 { try await limiter.acquire() }
        #expect(sleeper.sleeps == [2, 2, 2])
    }

    @Test func retryDelayFollowsThePolicy() {
        let policy = RetryPolicy()
        #expect((1...8).map { policy.delay(afterAttempt: $0, serverDelay: nil, random: 0) } == [1, 2, 4, 8, 16, 32, 60, 60])
        #expect(policy.delay(afterAttempt: 1, serverDelay: nil, random: 0.5) == 1.5)
        #expect(policy.delay(afterAttempt: 3, serverDelay: 19.4, random: 0) == 19.4)
    }
}
