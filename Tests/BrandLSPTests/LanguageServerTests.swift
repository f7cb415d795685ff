import BrandDriver
import BrandLSP
import BrandTestSupport
import Foundation
import Testing

/// The server's own parts, driven message by message without a process: the protocol's rules
/// (initialize first, unknown methods, shutdown/exit) and diagnostics over unsaved text.
@Suite struct LanguageServerTests {
    static let guide = SharedFolder.packageRoot.appendingPathComponent("brands/kumo/brand.yaml").path

    static func started() -> LanguageServer {
        var server = LanguageServer(driver: Driver())
        _ = server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        return server
    }

    static func open(_ server: inout LanguageServer, _ text: String, path: String = guide) -> [JSON] {
        server.handle(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": .string(DocumentURI.uri(path)), "languageId": "yaml", "version": 1, "text": .string(text)],
        ]])
    }

    @Test func requestsBeforeInitializeAreRefused() {
        var server = LanguageServer(driver: Driver())
        let replies = server.handle(["jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": [:]])
        #expect(replies.first?["error"]?["code"] == -32002)
    }

    @Test func unknownRequestsGetMethodNotFoundAndNotificationsAreIgnored() {
        var server = Self.started()
        #expect(server.handle(["jsonrpc": "2.0", "id": 2, "method": "brandc/nothing"]).first?["error"]?["code"] == -32601)
        #expect(server.handle(["jsonrpc": "2.0", "method": "brandc/nothing"]).isEmpty)
        #expect(server.handle(["jsonrpc": "2.0", "id": 3]).isEmpty, "a response to the server is not an error")
        #expect(server.handle("not an object").first?["error"]?["code"] == -32600)
    }

    @Test func exitAfterShutdownIsClean() {
        var server = Self.started()
        #expect(server.handle(["jsonrpc": "2.0", "id": 4, "method": "shutdown"]).first?["result"] == .null)
        _ = server.handle(["jsonrpc": "2.0", "method": "exit"])
        #expect(server.exitStatus == 0)
    }

    @Test func unsavedTextIsLintedWithUTF16Ranges() throws {
        var server = Self.started()
        let text = try String(contentsOfFile: Self.guide, encoding: .utf8)
            .replacingOccurrences(of: "  tagline: Tea, the slow way.", with: "  tagline: \u{1F375} slow\n  tagilne: x")
        let published = Self.open(&server, text)
        let diagnostics = published.first?["params"]?["diagnostics"]?.array ?? []
        let unknown = diagnostics.first { $0["code"] == "M002" }
        #expect(unknown?["range"]?["start"]?["character"] == 2)
        #expect(unknown?["data"]?["fix"]?["newText"] == "tagline")
        #expect(unknown?["relatedInformation"] == nil)
        #expect(unknown?["message"]?.string?.contains("note: known keys here") == true)
    }

    @Test func closingClearsTheDiagnostics() throws {
        var server = Self.started()
        _ = Self.open(&server, "identity: [\n")
        let replies = server.handle(["jsonrpc": "2.0", "method": "textDocument/didClose", "params": [
            "textDocument": ["uri": .string(DocumentURI.uri(Self.guide))],
        ]])
        #expect(replies.first?["params"]?["diagnostics"] == [])
        #expect(server.documents.isEmpty)
    }

    @Test func incrementalChangesAreApplied() throws {
        var server = Self.started()
        _ = Self.open(&server, "identity:\n  name: Kumo\n")
        let replies = server.handle(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
            "textDocument": ["uri": .string(DocumentURI.uri(Self.guide)), "version": 2],
            "contentChanges": [["range": ["start": ["line": 1, "character": 2], "end": ["line": 1, "character": 6]], "text": "nmae"]],
        ]])
        #expect(server.documents.values.first?.text == "identity:\n  nmae: Kumo\n")
        // The renamed key is reported (M002), and the name it took away is missing (M003).
        let codes = replies.first?["params"]?["diagnostics"]?.array?.compactMap { $0["code"] } ?? []
        #expect(codes.contains("M002") && codes.contains("M003"), "\(codes)")
    }
}
