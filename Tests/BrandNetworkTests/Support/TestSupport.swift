import Foundation
@testable import BrandNetwork
import BrandLowering
import BrandModel

/// A clock that never waits: it records each requested sleep and moves its time forward.
final class RecordingSleeper: Sleeper, @unchecked Sendable {
    private let lock = NSLock()
    private var time = 0.0
    private var recorded: [Double] = []

    var sleeps: [Double] { lock.withLock { recorded } }

    func now() -> Double { lock.withLock { time } }

    func sleep(seconds: Double) async throws {
        lock.withLock {
            recorded.append(seconds)
            time += seconds
        }
    }
}

/// A fresh folder under the temporary directory, removed by `remove()`.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("brandnetwork-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() }
}

enum Fixtures {
    static let keyVariable = "BRANDC_TEST_FAKE_KEY"
    /// Recognisable, so any leak is found by a plain search.
    static let key = "sk-FAKE-KEY-3c1d9f0e-never-print-me"

    static func connection(_ provider: FakeProvider, style: Connection.AuthStyle = .googleAPIKey, total: Double = 5) -> Connection {
        var connection = Connection(baseURL: provider.baseURL, authStyle: style, keyEnvironmentVariable: keyVariable)
        connection.timeouts = Connection.Timeouts(connect: 2, total: total)
        return connection
    }

    static func submitter(_ transport: HTTPTransport, sleeper: RecordingSleeper = RecordingSleeper()) -> Submitter {
        var submitter = Submitter(transport: transport, sleeper: sleeper, environment: [keyVariable: key])
        submitter.random = { 0 }
        return submitter
    }

    static func request(key: String = "mug", prompt: String = "a mug", endpoint: Route.Endpoint = .gemini,
                        path: String = "/v1beta/models/gemini-3.1-flash-image:generateContent") -> ProviderRequest {
        ProviderRequest(key: key, route: "test/route", endpoint: endpoint, path: path,
                        body: Array(#"{"contents":[{"parts":[{"text":"\#(prompt)"}]}]}"#.utf8))
    }

    /// Runs `body` against a fresh provider and transport, shutting both down afterwards.
    static func withProvider<T>(_ responder: @escaping FakeProvider.Responder,
                                _ body: (FakeProvider, HTTPTransport) async throws -> T) async throws -> T {
        let provider = try await FakeProvider(responder)
        let transport = HTTPTransport(connectTimeout: 2)
        do {
            let result = try await body(provider, transport)
            await transport.shutdown()
            await provider.stop()
            return result
        } catch {
            await transport.shutdown()
            await provider.stop()
            throw error
        }
    }
}
