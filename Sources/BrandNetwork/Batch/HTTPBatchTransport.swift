import AsyncHTTPClient
import Foundation
import NIOCore

/// `HTTPTransport` plus uploads streamed from disk in 1 MiB buffers, on a client of its own (the
/// upload is one request per job, so one connection is enough).
public final class HTTPBatchTransport: BatchTransport, Sendable {
    private let plain: HTTPTransport
    private let uploads: HTTPClient

    public init(connectTimeout: Double = 10) {
        plain = HTTPTransport(connectTimeout: connectTimeout, connectionsPerHost: 2)
        var configuration = HTTPClient.Configuration()
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: .milliseconds(Int64(connectTimeout * 1000)))
        configuration.decompression = .disabled
        configuration.redirectConfiguration = .disallow
        uploads = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Closes both clients; call once when the run is over.
    public func shutdown() async {
        await plain.shutdown()
        try? await uploads.shutdown()
    }

    public func send(_ exchange: Exchange, bodyTo file: URL) async throws(TransportFailure) -> TransportResponse {
        try await plain.send(exchange, bodyTo: file)
    }

    public func send(_ exchange: Exchange, bodyFrom source: URL, bodyTo file: URL) async throws(TransportFailure) -> TransportResponse {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: source.path))?[.size] as? Int else {
            throw .io("cannot read \(source.path)")
        }
        var request = HTTPClientRequest(url: exchange.url)
        request.method = .POST
        for header in exchange.headers { request.headers.add(name: header.name, value: header.value) }
        request.body = .stream(FileChunks(url: source), length: .known(Int64(size)))
        do {
            let timeout = TimeAmount.milliseconds(Int64(exchange.timeouts.total * 1000))
            let response = try await uploads.execute(request, timeout: timeout)
            var headers: [String: String] = [:]
            for header in response.headers { headers[header.name.lowercased()] = header.value }
            // The upload's answer is a small JSON object (§7.3): collected, then written.
            let body = try await response.body.collect(upTo: 16 << 20)
            try Data(body.readableBytesView).write(to: file)
            return TransportResponse(status: Int(response.status.code), headers: headers, bodyBytes: body.readableBytes)
        } catch let error as HTTPClientError where [.deadlineExceeded, .readTimeout, .connectTimeout].contains(error) {
            throw .timedOut
        } catch {
            throw .connection(String(describing: error))
        }
    }
}

/// A file's bytes as buffers read on demand.
struct FileChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let url: URL
    var chunkSize = 1 << 20

    struct AsyncIterator: AsyncIteratorProtocol {
        let handle: FileHandle?
        let chunkSize: Int

        mutating func next() async throws -> ByteBuffer? {
            guard let handle else { throw NetworkError.io("cannot open the upload file") }
            guard let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty else {
                try? handle.close()
                return nil
            }
            return ByteBuffer(bytes: chunk)
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(handle: FileHandle(forReadingAtPath: url.path), chunkSize: chunkSize)
    }
}
