import BrandLSP
import Testing

/// The base protocol's framing, fed in awkward chunks and with broken headers.
@Suite struct FrameReaderTests {
    static func reader(_ chunks: [[UInt8]], limit: Int = 1 << 20) -> FrameReader {
        var remaining = chunks[...]
        return FrameReader(maxBodyBytes: limit) { remaining.popFirst() }
    }

    static func frame(_ body: String) -> [UInt8] { FrameWriter.frame(Array(body.utf8)) }

    @Test func readsFramesSplitAtEveryByte() {
        let bytes = Self.frame(#"{"a":1}"#) + Self.frame(#"{"b":"é"}"#)
        var reader = Self.reader(bytes.map { [$0] })
        #expect(reader.next() == .message(Array(#"{"a":1}"#.utf8)))
        #expect(reader.next() == .message(Array(#"{"b":"é"}"#.utf8)))
        #expect(reader.next() == nil)
    }

    @Test func acceptsContentTypeAndBareLineFeeds() {
        let bytes = Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}".utf8)
            + Array("Content-Length: 2\n\n[]".utf8)
        var reader = Self.reader([bytes])
        #expect(reader.next() == .message(Array("{}".utf8)))
        #expect(reader.next() == .message(Array("[]".utf8)))
    }

    @Test func reportsBrokenHeadersAndReadsOn() {
        let bytes = Array("Content-Length: x\r\n\r\nno colon here\r\n\r\nX-Other: 1\r\n\r\n".utf8) + Self.frame("{}")
        var reader = Self.reader([bytes])
        guard case .malformed(let first)? = reader.next() else { Issue.record("expected a malformed frame"); return }
        #expect(first.contains("not a byte count"))
        guard case .malformed(let second)? = reader.next() else { Issue.record("expected a malformed frame"); return }
        #expect(second.contains("without a colon"))
        guard case .malformed(let third)? = reader.next() else { Issue.record("expected a malformed frame"); return }
        #expect(third.contains("without a Content-Length"))
        #expect(reader.next() == .message(Array("{}".utf8)))
    }

    @Test func skipsABodyOverTheLimitWithoutKeepingIt() {
        let big = String(repeating: "x", count: 5000)
        var reader = Self.reader([Self.frame(big), Self.frame("{}")], limit: 1000)
        guard case .malformed(let reason)? = reader.next() else { Issue.record("expected the big frame refused"); return }
        #expect(reason.contains("5000-byte"))
        #expect(reader.next() == .message(Array("{}".utf8)))
    }

    @Test func aTruncatedFrameEndsTheInput() {
        var reader = Self.reader([Array("Content-Length: 10\r\n\r\n{}".utf8)])
        #expect(reader.next() == nil)
    }
}
