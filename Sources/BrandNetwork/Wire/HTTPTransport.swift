import AsyncHTTPClient
import Foundation
import NIOCore

/// The real transport, on AsyncHTTPClient: the connect timeout per client, the total timeout per
/// request, the body written to disk buffer by buffer as it arrives.
public final class HTTPTransport: Transport, Sendable {
    private let client: HTTPClient

    /// `connectionsPerHost` should be at least the run's concurrency: AsyncHTTPClient keeps 8
    /// HTTP/1.1 connections per host by default, which would cap a run of 16 at half its speed.
    public init(connectTimeout: Double = 10, connectionsPerHost: Int = 8) {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(1, connectionsPerHost)
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: .milliseconds(Int64(connectTimeout * 1000)))
        configuration.decompression = .disabled
        // A redirect could carry the key's header to another host: providers answer directly.
        configuration.redirectConfiguration = .disallow
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Closes the client's connections; call once when the run is over.
    public func shutdown() async {
        try? await client.shutdown()
    }

    public func send(_ exchange: Exchange, bodyTo file: URL) async throws(TransportFailure) -> TransportResponse {
        var request = HTTPClientRequest(url: exchange.url)
        switch exchange.method.uppercased() {
        case "GET": request.method = .GET
        case "PUT": request.method = .PUT
        default: request.method = .POST
        }
        for header in exchange.headers { request.headers.add(name: header.name, value: header.value) }
        if !exchange.body.isEmpty { request.body = .bytes(ByteBuffer(bytes: exchange.body)) }
        guard FileManager.default.createFile(atPath: file.path, contents: nil),
            let output = FileHandle(forWritingAtPath: file.path)
        else { throw .io("cannot write \(file.path)") }
        defer { try? output.close() }
        do {
            let timeout = TimeAmount.milliseconds(Int64(exchange.timeouts.total * 1000))
            let response = try await client.execute(request, timeout: timeout)
            var headers: [String: String] = [:]
            for header in response.headers { headers[header.name.lowercased()] = header.value }
            var count = 0
            for try await buffer in response.body {
                try buffer.withUnsafeReadableBytes { try output.write(contentsOf: $0) }
                count += buffer.readableBytes
            }
            if let expected = headers["content-length"].flatMap(Int.init), expected != count {
                throw TransportFailure.connection("body cut short (\(count) of \(expected) bytes)")
            }
            return TransportResponse(status: Int(response.status.code), headers: headers, bodyBytes: count)
        } catch let failure as TransportFailure {
            throw failure
        } catch let error as HTTPClientError where [.deadlineExceeded, .readTimeout, .connectTimeout].contains(error) {
            throw .timedOut
        } catch let error as IOError {
            // "Connection refused (errno 111)", not NIO's "connection reset (error set): …" wording.
            throw .connection("\(String(cString: strerror(error.errnoCode))) (errno \(error.errnoCode))")
        } catch {
            throw .connection(String(describing: error))
        }
    }
}
