import BrandMCP
import Foundation
import Testing

/// The stdio line splitter: messages split across reads, blank lines, and a line over the limit.
@Suite struct LineStdioTransportTests {
    static func lines(_ input: [UInt8], limit: Int) async throws -> [String] {
        let pipe = Pipe()
        let transport = LineStdioTransport(input: pipe.fileHandleForReading.fileDescriptor, output: -1, maxMessageBytes: limit)
        try await transport.connect()
        try pipe.fileHandleForWriting.write(contentsOf: Data(input))
        try pipe.fileHandleForWriting.close()
        var received: [String] = []
        for try await message in await transport.receive() {
            received.append(String(decoding: message, as: UTF8.self))
        }
        return received
    }

    @Test func splitsLinesAndSkipsBlankOnes() async throws {
        let input = Array("{\"a\":1}\n\n  \r\n{\"b\":\"é\"}\n{\"c\"".utf8)
        #expect(try await Self.lines(input, limit: 1 << 20) == ["{\"a\":1}", "{\"b\":\"é\"}"])
    }

    @Test func aLineOverTheLimitBecomesOneMessageThatIsNotJSON() async throws {
        let input = Array(String(repeating: "x", count: 300_000).utf8) + Array("\n{\"ok\":true}\n".utf8)
        let received = try await Self.lines(input, limit: 100_000)
        #expect(received == ["message larger than 100000 bytes", "{\"ok\":true}"])
    }
}
