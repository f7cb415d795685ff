import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A fake image provider on 127.0.0.1 with an OS-assigned port: real HTTP through SwiftNIO, every
/// answer decided by the test's `responder`, every request counted. Faults (slow answers, resets,
/// truncated bodies) are replies like any other. One per test; `stop()` ends it.
final class FakeProvider: Sendable {
    struct Received: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: [UInt8]
    }

    enum Fault: Sendable { case none, reset, truncate }

    struct Reply: Sendable {
        var status = 200
        var headers: [(String, String)] = [("content-type", "application/json")]
        var body: [UInt8] = []
        /// Seconds before the answer starts.
        var delay = 0.0
        /// A delay no client waits out: the answer is held until the client is killed (its
        /// connection closes and nothing is sent). A fixed hold of seconds would race a test
        /// starved on a loaded machine, letting the client finish before the kill.
        static let heldUntilTheClientLeaves = 3600.0
        var fault = Fault.none

        static func json(_ text: String, status: Int = 200) -> Reply { Reply(status: status, body: Array(text.utf8)) }
    }

    /// Decides the reply to a request; `attempt` counts earlier requests with the same body (1 = first).
    typealias Responder = @Sendable (_ request: Received, _ attempt: Int) -> Reply

    let port: Int
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    let log = Locked<[Received]>([])
    /// Bodies (by text) whose successful answer was written out whole: requests the client paid for.
    let paid = Locked<[String: Int]>([:])

    var baseURL: String { "http://127.0.0.1:\(port)" }

    init(_ responder: @escaping Responder) async throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let log = self.log, paid = self.paid
        channel = try await ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(FakeProviderHandler(responder: responder, log: log, paid: paid))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
    }

    func stop() async {
        try? await channel.close()
        try? await group.shutdownGracefully()
    }

    var requests: [Received] { log.value }
    func count(path: String) -> Int { requests.filter { $0.path == path }.count }
}

/// A value behind a lock, for the server's counters.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    @discardableResult
    func update<Result>(_ body: (inout Value) -> Result) -> Result { lock.withLock { body(&stored) } }
}
