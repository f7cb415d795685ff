import Foundation
import NIOCore
import NIOHTTP1

/// One connection's requests: collect head and body, ask the responder, answer (or misbehave).
final class FakeProviderHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let responder: FakeProvider.Responder
    let log: Locked<[FakeProvider.Received]>
    let paid: Locked<[String: Int]>
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []

    init(responder: @escaping FakeProvider.Responder, log: Locked<[FakeProvider.Received]>, paid: Locked<[String: Int]>) {
        self.responder = responder
        self.log = log
        self.paid = paid
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body = []
        case .body(var buffer):
            body += buffer.readBytes(length: buffer.readableBytes) ?? []
        case .end:
            guard let head else { return }
            var headers: [String: String] = [:]
            for header in head.headers { headers[header.name.lowercased()] = header.value }
            let received = FakeProvider.Received(method: "\(head.method)", path: head.uri, headers: headers, body: body)
            let attempt = log.update { log in
                log.append(received)
                return log.filter { $0.body == received.body && $0.path == received.path }.count
            }
            let reply = responder(received, attempt)
            let key = String(decoding: body, as: UTF8.self)
            let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: .milliseconds(Int64(reply.delay * 1000))) {
                self.answer(reply, context: loopBound.value, bodyKey: key)
            }
        }
    }

    private func answer(_ reply: FakeProvider.Reply, context: ChannelHandlerContext, bodyKey: String) {
        guard context.channel.isActive else { return }
        if case .reset = reply.fault {
            context.close(promise: nil)
            return
        }
        var headers = HTTPHeaders(reply.headers)
        headers.replaceOrAdd(name: "content-length", value: "\(reply.body.count)")
        let status = HTTPResponseStatus(statusCode: reply.status)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        let sent = reply.fault == .truncate ? Array(reply.body.prefix(reply.body.count / 2)) : reply.body
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: sent)))), promise: nil)
        if reply.fault == .truncate {
            context.flush()
            context.close(promise: nil)
            return
        }
        let promise = context.eventLoop.makePromise(of: Void.self)
        let paid = self.paid
        let successful = (200..<300).contains(reply.status)
        promise.futureResult.whenSuccess { if successful { paid.update { $0[bodyKey, default: 0] += 1 } } }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: promise)
    }
}
