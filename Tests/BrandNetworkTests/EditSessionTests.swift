import BrandDiagnostics
@testable import BrandEdit
import BrandImages
import BrandModel
import Foundation
import Testing
@testable import BrandNetwork

/// Edit sessions against the fake edit service on 127.0.0.1: signatures echoed byte for byte over
/// five turns, a model switch, the window check, the mask check, the key in no file.
struct EditSessionTests {
    struct Setup {
        let folder: ScratchFolder
        let service = FakeEditService()
        var session: URL { folder.url.appendingPathComponent("session") }

        init() throws { folder = try ScratchFolder() }

        func sessions(_ provider: FakeProvider, _ transport: HTTPTransport, registry: ModelRegistry = .builtIn) -> EditSessions {
            var sessions = EditSessions(registry: registry, transport: transport)
            sessions.sleeper = RecordingSleeper()
            sessions.network.baseURL = provider.baseURL
            sessions.network.keyEnvironmentVariable = Fixtures.keyVariable
            sessions.network.environment = [Fixtures.keyVariable: Fixtures.key]
            sessions.network.retryPolicy = RetryPolicy(maxAttempts: 1)
            return sessions
        }

        func start(_ sessions: EditSessions, route: String, image: [UInt8] = TinyImages.png(size: 4)) throws {
            let source = folder.url.appendingPathComponent("start.png")
            try Data(image).write(to: source)
            var sink = DiagnosticSink()
            _ = try sessions.start(session, source: .file(source), route: route, diagnostics: &sink)
        }

        func turn(_ sessions: EditSessions, _ instruction: String, route: String? = nil, mask: URL? = nil)
            async throws -> (EditSessions.TurnOutcome, [Diagnostic]) {
            var sink = DiagnosticSink()
            let outcome = try await sessions.turn(session, .init(instruction: instruction, route: route, mask: mask), diagnostics: &sink)
            return (outcome, sink.diagnostics)
        }

        func bytes(_ name: String) -> [UInt8] {
            Array(FileManager.default.contents(atPath: session.appendingPathComponent(name).path) ?? Data())
        }
    }

    static func finished(_ outcome: EditSessions.TurnOutcome) -> EditTurnRecord? {
        if case .finished(let turn, _, _) = outcome { return turn }
        return nil
    }

    static func contains(_ haystack: [UInt8], _ needle: some Collection<UInt8>) -> Bool {
        Data(haystack).range(of: Data(needle)) != nil
    }

    @Test func fiveTurnsEchoEverySignatureByteForByte() async throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        try await Fixtures.withProvider(setup.service.responder) { provider, transport in
            let sessions = setup.sessions(provider, transport)
            try setup.start(sessions, route: "google/nano-banana-2")
            for number in 1...5 {
                let (outcome, _) = try await setup.turn(sessions, "edit number \(number)")
                let turn = try #require(Self.finished(outcome), "turn \(number): \(outcome)")
                #expect(turn.conversation == 1)
                #expect(turn.image == EditTurnRecord.stem(number) + ".png")
            }
            #expect(provider.requests.count == 5)
            #expect(setup.service.answered.value == 5)
            // Turn n's request carries every earlier answer's content exactly as it came, signatures included.
            for number in 2...5 {
                let sent = provider.requests[number - 1].body
                for earlier in 1..<number {
                    let answer = setup.bytes(EditTurnRecord.stem(earlier) + ".answer.json")
                    let content = try #require(JSONSpan.range(of: [.key("candidates"), .index(0), .key("content")], in: answer))
                    #expect(Self.contains(sent, answer[content]), "turn \(number) lost turn \(earlier)'s content")
                    for part in 1...2 {
                        #expect(Self.contains(sent, Array(FakeEditService.signature(turn: earlier, part: part).utf8)))
                    }
                }
                let contents = try #require((try JSONSerialization.jsonObject(with: Data(sent)) as? [String: Any])?["contents"] as? [Any])
                #expect(contents.count == 2 * number - 1)
            }
            #expect(FakeEditService.signature(turn: 1, part: 1).contains("/") || FakeEditService.signature(turn: 1, part: 2).contains("+"))
        }
    }

    /// The fake refuses what the real service refuses, so the test above would fail if brandc dropped
    /// or changed one. Each damage gets its own session: a refused turn stays pending with the body it
    /// was planned with, so the same session would resend the first damage.
    @Test(arguments: [
        ("altered", "invalid thought signature for content at index 1"),
        ("missing", "missing a thought_signature in content position 2, part position 2"),
    ])
    func aDamagedSignatureGetsTheServicesRefusal(damage: String, message: String) async throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        try await Fixtures.withProvider(setup.service.responder) { provider, transport in
            let sessions = setup.sessions(provider, transport)
            try setup.start(sessions, route: "google/nano-banana-2")
            _ = try #require(Self.finished(try await setup.turn(sessions, "first").0))
            let answerFile = setup.session.appendingPathComponent("turn-001.answer.json")
            let signature = FakeEditService.signature(turn: 1, part: 2)
            let text = String(decoding: setup.bytes("turn-001.answer.json"), as: UTF8.self)
            #expect(text.contains(#","thoughtSignature":"\#(signature)""#))
            let damaged = damage == "altered"
                ? text.replacingOccurrences(of: signature, with: "X" + signature.dropFirst())
                : text.replacingOccurrences(of: #","thoughtSignature":"\#(signature)""#, with: "")
            try Data(damaged.utf8).write(to: answerFile)
            let (outcome, _) = try await setup.turn(sessions, "second")
            guard case .failed(_, let reason) = outcome else { Issue.record("expected a refusal, got \(outcome)"); return }
            #expect(reason.contains("HTTP 400 INVALID_ARGUMENT"))
            #expect(reason.contains(message), "\(reason)")
            #expect(try EditSessionFolder(setup.session).pending()?.number == 2)
            #expect(setup.service.answered.value == 1)
        }
    }

    @Test func aModelSwitchStartsANewConversationFromTheLastImage() async throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        try await Fixtures.withProvider(setup.service.responder) { provider, transport in
            let sessions = setup.sessions(provider, transport)
            try setup.start(sessions, route: "google/nano-banana-2")
            _ = try #require(Self.finished(try await setup.turn(sessions, "one").0))
            _ = try #require(Self.finished(try await setup.turn(sessions, "two").0))
            let (outcome, diagnostics) = try await setup.turn(sessions, "a hard edit", route: "google/nano-banana-pro")
            let switched = try #require(Self.finished(outcome))
            #expect(switched.conversation == 2)
            #expect(switched.inputImage == "turn-002.png")
            #expect(diagnostics.contains { $0.code == .newConversation && $0.message.contains("plain reference") })
            let sent = provider.requests[2]
            #expect(sent.path.hasSuffix("/models/gemini-3-pro-image:generateContent"))
            #expect(!Self.contains(sent.body, Array("thoughtSignature".utf8)), "a signature moved across models")
            let contents = try #require((try JSONSerialization.jsonObject(with: Data(sent.body)) as? [String: Any])?["contents"] as? [[String: Any]])
            #expect(contents.count == 1)
            let parts = contents[0]["parts"] as? [[String: Any]] ?? []
            let data = (parts.last?["inlineData"] as? [String: Any])?["data"] as? String
            #expect(data == Data(setup.bytes("turn-002.png")).base64EncodedString())
            // The next turn continues the new conversation on the new model.
            let next = try #require(Self.finished(try await setup.turn(sessions, "more").0))
            #expect(next.route == "google/nano-banana-pro" && next.conversation == 2)
            let more = try #require((try JSONSerialization.jsonObject(with: Data(provider.requests[3].body)) as? [String: Any])?["contents"] as? [Any])
            #expect(more.count == 3)
            let manifest = try EditSessionFolder(setup.session).manifest()
            #expect(manifest.route == "google/nano-banana-pro")
        }
    }

    @Test func turnsPastTheWindowAreRefusedWithTheForkFix() async throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        var registry = ModelRegistry.builtIn
        let index = try #require(registry.routes.firstIndex { $0.name == "google/nano-banana-2" })
        registry.routes[index].inputTokenLimit = 6000
        try await Fixtures.withProvider(setup.service.responder) { provider, transport in
            let sessions = setup.sessions(provider, transport, registry: registry)
            try setup.start(sessions, route: "google/nano-banana-2")
            var remaining: [Int] = []
            var refusal: [Diagnostic] = []
            for number in 1...8 {
                let (outcome, diagnostics) = try await setup.turn(sessions, "edit \(number)")
                if case .refused = outcome {
                    refusal = diagnostics
                    break
                }
                remaining.append(try #require(Self.finished(outcome)?.budget.turnsRemaining))
            }
            #expect(remaining.count >= 2 && remaining.count < 8, "\(remaining)")
            #expect(remaining == remaining.sorted(by: >), "turns remaining should fall: \(remaining)")
            #expect(provider.requests.count == remaining.count, "a refused turn was sent")
            let error = try #require(refusal.first { $0.code == .editWindowExceeded })
            #expect(error.message.contains("window of 6000"))
            #expect(error.fix?.message.contains("brandc edit fork") == true)
            // The fix works: a fork starts fresh from the last image.
            let fork = setup.folder.url.appendingPathComponent("fork")
            let manifest = try sessions.fork(setup.session, into: fork)
            #expect(manifest.forkedFrom?.turn == remaining.count)
            var sink = DiagnosticSink()
            let outcome = try await sessions.turn(fork, .init(instruction: "carry on"), diagnostics: &sink)
            #expect(Self.finished(outcome)?.conversation == 1)
        }
    }

    static func mask(size: Int) throws -> [UInt8] {
        var pixels = [UInt8](repeating: 255, count: size * size * 4)
        pixels[3] = 0
        return try #require(ImageEncoder.png(BrandImages.DecodedImage(width: size, height: size, format: .png, pixels: pixels)))
    }

    @Test func aMaskOfTheWrongSizeIsRefusedBeforeSending() async throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        try await Fixtures.withProvider(setup.service.responder) { provider, transport in
            let sessions = setup.sessions(provider, transport)
            try setup.start(sessions, route: "openai/gpt-image-1.5", image: TinyImages.png(size: 4))
            let wrong = setup.folder.url.appendingPathComponent("wrong.png")
            try Data(try Self.mask(size: 3)).write(to: wrong)
            let (outcome, diagnostics) = try await setup.turn(sessions, "remove the cup", mask: wrong)
            guard case .refused = outcome else { Issue.record("expected a refusal, got \(outcome)"); return }
            #expect(diagnostics.contains { $0.code == .maskSizeMismatch && $0.message.contains("3x3") && $0.message.contains("4x4") })
            #expect(provider.requests.isEmpty)
            #expect(try EditSessionFolder(setup.session).pending() == nil)
            // The right size goes out as multipart, the mask beside the image.
            let right = setup.folder.url.appendingPathComponent("right.png")
            try Data(try Self.mask(size: 4)).write(to: right)
            let turn = try #require(Self.finished(try await setup.turn(sessions, "remove the cup", mask: right).0))
            #expect(turn.mask == "turn-001.mask.png")
            let form = try #require(setup.service.editForms.value.first)
            #expect(form.map(\.name) == ["model", "prompt", "n", "image", "mask"])
            #expect(form.first { $0.name == "mask" }?.bytes == (try Self.mask(size: 4)))
            #expect(form.first { $0.name == "image" }?.bytes == TinyImages.png(size: 4))
            #expect(provider.requests.first?.path == "/v1/images/edits")
        }
    }

    @Test func theKeyIsInNoSessionFile() async throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        try await Fixtures.withProvider(setup.service.responder) { provider, transport in
            let sessions = setup.sessions(provider, transport)
            try setup.start(sessions, route: "google/nano-banana-2")
            for number in 1...3 { _ = try #require(Self.finished(try await setup.turn(sessions, "edit \(number)").0)) }
            #expect(provider.requests.allSatisfy { $0.headers["x-goog-api-key"] == Fixtures.key })
            let names = try FileManager.default.contentsOfDirectory(atPath: setup.session.path)
            #expect(names.contains("journal.jsonl") && names.contains("turn-003.answer.json"))
            for name in names {
                #expect(!Self.contains(setup.bytes(name), Array(Fixtures.key.utf8)), "\(name) holds the key")
            }
        }
    }
}
