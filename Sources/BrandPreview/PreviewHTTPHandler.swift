import NIOCore
import NIOHTTP1

/// One connection to the preview server: `/`, `/state.json`, `/events`; anything else is 404.
final class PreviewHTTPHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let hub: PreviewHub
    private var head: HTTPRequestHead?

    init(hub: PreviewHub) {
        self.hub = hub
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead): head = requestHead
        case .body: break
        case .end:
            guard let head else { return }
            self.head = nil
            answer(head, context: context)
        }
    }

    func answer(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let host = head.headers.first(name: "host") ?? ""
        guard host == "127.0.0.1:\(hub.port)" || host == "localhost:\(hub.port)" else {
            return reply(context, status: .forbidden, type: "text/plain; charset=utf-8", body: Array("only 127.0.0.1:\(hub.port)\n".utf8))
        }
        guard head.method == .GET else {
            return reply(context, status: .methodNotAllowed, type: "text/plain; charset=utf-8", body: Array("GET only\n".utf8))
        }
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? head.uri
        switch path {
        case "/", "/index.html":
            reply(context, status: .ok, type: "text/html; charset=utf-8", body: Array(PreviewPage.html.utf8))
        case "/state.json":
            reply(context, status: .ok, type: "application/json", body: hub.currentJSON)
        case "/events":
            var headers = HTTPHeaders()
            headers.add(name: "content-type", value: "text/event-stream")
            headers.add(name: "cache-control", value: "no-store")
            context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))), promise: nil)
            hub.open(context.channel)
        default:
            reply(context, status: .notFound, type: "text/plain; charset=utf-8", body: Array("not found\n".utf8))
        }
    }

    func reply(_ context: ChannelHandlerContext, status: HTTPResponseStatus, type: String, body: [UInt8]) {
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: type)
        headers.add(name: "content-length", value: "\(body.count)")
        headers.add(name: "cache-control", value: "no-store")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
