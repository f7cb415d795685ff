import Foundation
import NIOCore
import NIOPosix
import NIOHTTP1

/// The watch page's server: HTTP/1.1 on 127.0.0.1 only (SwiftNIO), serving the page at `/`, the
/// current state at `/state.json`, and server-sent events at `/events` (the state again on every
/// `publish`). Requests whose `Host` is not this loopback address are refused, so a web page
/// elsewhere cannot read the preview through DNS rebinding.
public final class PreviewServer: Sendable {
    public let port: Int
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    let hub: PreviewHub

    /// Binds 127.0.0.1:`port` (0: any free port).
    public init(port: Int = 0) throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let hub = PreviewHub()
        do {
            channel = try ServerBootstrap(group: group)
                .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.pipeline.configureHTTPServerPipeline().flatMap {
                        channel.pipeline.addHandler(PreviewHTTPHandler(hub: hub))
                    }
                }
                .bind(host: "127.0.0.1", port: port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
        self.group = group
        self.hub = hub
        self.port = channel.localAddress?.port ?? port
        hub.port = self.port
    }

    public var url: String { "http://127.0.0.1:\(port)/" }

    /// Makes `state` the current one and sends it to every open page.
    public func publish(_ state: PreviewState) {
        hub.publish(state)
    }

    public func stop() {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }
}

/// The current state (as its JSON) and the event streams of the open pages.
final class PreviewHub: @unchecked Sendable {
    private let lock = NSLock()
    private var json: [UInt8] = Array(#"{"version":0}"#.utf8)
    private var streams: [ObjectIdentifier: any Channel] = [:]
    var port = 0

    var currentJSON: [UInt8] { lock.withLock { json } }

    func publish(_ state: PreviewState) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(state)).map(Array.init) ?? []
        let targets: [any Channel] = lock.withLock {
            json = data
            return Array(streams.values)
        }
        for channel in targets { Self.send(data, on: channel) }
    }

    /// Registers an event stream and sends it the current state.
    func open(_ channel: any Channel) {
        let current: [UInt8] = lock.withLock {
            streams[ObjectIdentifier(channel)] = channel
            return json
        }
        channel.closeFuture.whenComplete { [weak self] _ in
            guard let self else { return }
            self.lock.withLock { _ = self.streams.removeValue(forKey: ObjectIdentifier(channel)) }
        }
        Self.send(current, on: channel)
    }

    /// One event: `data: JSON` (JSON from the encoder has no raw newlines) and a blank line.
    static func send(_ json: [UInt8], on channel: any Channel) {
        var buffer = channel.allocator.buffer(capacity: json.count + 8)
        buffer.writeString("data: ")
        buffer.writeBytes(json)
        buffer.writeString("\n\n")
        channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(buffer)), promise: nil)
    }
}
