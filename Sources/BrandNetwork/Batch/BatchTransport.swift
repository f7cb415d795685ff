import Foundation

/// A transport that can also send a request body straight from a file, so a batch input of up to
/// 2 GB is uploaded without being read into memory.
public protocol BatchTransport: Transport {
    func send(_ exchange: Exchange, bodyFrom source: URL, bodyTo file: URL) async throws(TransportFailure) -> TransportResponse
}

/// Any `Transport` as a `BatchTransport`: the file is read whole and sent as an ordinary body.
/// For small inputs and test transports; `HTTPBatchTransport` streams instead.
public struct LoadingBatchTransport: BatchTransport {
    public let base: any Transport

    public init(_ base: any Transport) {
        self.base = base
    }

    public func send(_ exchange: Exchange, bodyTo file: URL) async throws(TransportFailure) -> TransportResponse {
        try await base.send(exchange, bodyTo: file)
    }

    public func send(_ exchange: Exchange, bodyFrom source: URL, bodyTo file: URL) async throws(TransportFailure) -> TransportResponse {
        var loaded = exchange
        do { loaded.body = Array(try Data(contentsOf: source)) } catch { throw .io("cannot read \(source.path)") }
        return try await base.send(loaded, bodyTo: file)
    }
}
