import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import BrandPreview

/// The preview server over real sockets on 127.0.0.1.
@Suite struct PreviewServerTests {
    /// Sends `request` and reads until `enough` says the answer is complete (or 5 s pass).
    func exchange(port: Int, _ request: String, until enough: (String) -> Bool = { _ in false }) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
            if enough(String(decoding: received, as: UTF8.self)) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    func get(_ path: String, port: Int, host: String? = nil) -> String {
        "GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n"
    }

    @Test func servesThePageAndTheState() throws {
        let server = try PreviewServer()
        defer { server.stop() }
        server.publish(PreviewState(version: 3, prompts: []))
        let page = try exchange(port: server.port, get("/", port: server.port))
        #expect(page.hasPrefix("HTTP/1.1 200"))
        #expect(page.contains("new EventSource(\"/events\")"))
        let state = try exchange(port: server.port, get("/state.json", port: server.port))
        #expect(state.contains("\"version\":3"))
        let missing = try exchange(port: server.port, get("/nothing", port: server.port))
        #expect(missing.hasPrefix("HTTP/1.1 404"))
    }

    @Test func refusesOtherHostNames() throws {
        let server = try PreviewServer()
        defer { server.stop() }
        let answer = try exchange(port: server.port, get("/state.json", port: server.port, host: "attacker.example:\(server.port)"))
        #expect(answer.hasPrefix("HTTP/1.1 403"))
    }

    @Test func eventStreamSendsTheCurrentStateThenEachPublish() throws {
        let server = try PreviewServer()
        defer { server.stop() }
        server.publish(PreviewState(version: 1))
        let published = DispatchQueue(label: "publish")
        published.asyncAfter(deadline: .now() + 0.3) { server.publish(PreviewState(version: 2)) }
        let stream = try exchange(port: server.port, "GET /events HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\r\n") {
            $0.contains("\"version\":2")
        }
        #expect(stream.contains("content-type: text/event-stream"))
        let events = stream.components(separatedBy: "data: ").dropFirst()
        #expect(events.count >= 2)
        #expect(events.first?.contains("\"version\":1") == true)
    }

    @Test func aFailedCompileKeepsTheLastGoodPrompts() {
        let good = PreviewPrompt(name: "a", locale: "ja", route: "r", model: "m", prompt: "p", systemInstruction: "s",
                                 textBlocks: [], budget: nil, request: "{}")
        let first = PreviewState().next(ok: true, diagnostics: [], prompts: [good], watching: [], milliseconds: 1)
        let broken = first.next(ok: false, diagnostics: [PreviewDiagnostic(severity: "error", code: "Y001", message: "m", location: "x.yaml:1:1")],
                                prompts: [], watching: [], milliseconds: 1)
        #expect(broken.prompts == [good] && broken.stale && !broken.ok && broken.version == 2)
        let fixed = broken.next(ok: true, diagnostics: [], prompts: [], watching: [], milliseconds: 1)
        #expect(fixed.prompts.isEmpty && !fixed.stale)
    }
}
