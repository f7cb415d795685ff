import Foundation
public import Logging
public import MCP

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// MCP's stdio transport (one JSON-RPC message per line on standard input and output), reading
/// 64 KB blocks on a thread of its own and scanning each byte once. The SDK's `StdioTransport`
/// rescans its whole buffer after every 4 KB read and polls a non-blocking descriptor, which took
/// minutes for one 5 MB message; this takes milliseconds. A line longer than `maxMessageBytes` is
/// dropped unread and stands as a message that is not JSON, so the client gets a parse error.
public actor LineStdioTransport: Transport {
    public nonisolated let logger = Logger(label: "brandc.mcp.stdio")
    let input: Int32
    let output: Int32
    let maxMessageBytes: Int
    let stream: AsyncThrowingStream<Data, any Error>
    let continuation: AsyncThrowingStream<Data, any Error>.Continuation

    public init(input: Int32 = 0, output: Int32 = 1, maxMessageBytes: Int = 16 << 20) {
        self.input = input
        self.output = output
        self.maxMessageBytes = maxMessageBytes
        (stream, continuation) = AsyncThrowingStream.makeStream()
    }

    public func connect() async throws {
        let (input, limit, continuation) = (self.input, maxMessageBytes, self.continuation)
        let reader = Thread { Self.readLines(from: input, limit: limit, into: continuation) }
        reader.start()
    }

    public func disconnect() async {
        continuation.finish()
    }

    public func send(_ data: Data) async throws {
        var bytes = [UInt8](data)
        bytes.append(10)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw MCPError.connectionClosed }
            offset += written
        }
    }

    public func receive() -> AsyncThrowingStream<Data, any Error> {
        stream
    }

    /// Splits standard input into lines until the end of input.
    static func readLines(from input: Int32, limit: Int, into continuation: AsyncThrowingStream<Data, any Error>.Continuation) {
        var pending: [UInt8] = []
        var scanned = 0
        var discarding = false
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            pending.append(contentsOf: chunk[..<count])
            var lineStart = 0
            while let newline = pending[scanned...].firstIndex(of: 10) {
                let line = pending[lineStart..<newline]
                if discarding {
                    discarding = false
                } else if line.contains(where: { $0 != 32 && $0 != 13 && $0 != 9 }) {
                    continuation.yield(Data(line))
                }
                lineStart = newline + 1
                scanned = lineStart
            }
            pending.removeFirst(lineStart)
            scanned = pending.count
            if pending.count > limit, !discarding {
                discarding = true
                continuation.yield(Data("message larger than \(limit) bytes".utf8))
            }
            if discarding {
                pending.removeAll(keepingCapacity: true)
                scanned = 0
            }
        }
        continuation.finish()
    }
}
