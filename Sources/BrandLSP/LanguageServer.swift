public import BrandDriver
import BrandDiagnostics
import BrandModel
import Foundation

/// brandc's language server (LSP 3.17) as a value: each incoming message in, the messages to send
/// out. Reading and writing the wire is `StdioServer`'s job, so tests drive this directly too.
/// Every check is the driver's: the server only chooses what to lint when a document changes.
public struct LanguageServer {
    public enum ErrorCode: Int {
        case parseError = -32700, invalidRequest = -32600, methodNotFound = -32601, invalidParams = -32602
        case serverNotInitialized = -32002
    }

    public internal(set) var driver: Driver
    public internal(set) var documents: [String: OpenDocument] = [:]
    /// The last diagnostics published per open document URI, with the driver's full values.
    var published: [String: [Diagnostic]] = [:]
    var rootPath: String?
    /// A brand guide named by the client (`initializationOptions.brand`) that products and
    /// templates are checked against when nothing closer says.
    var configuredBrand: String?
    var initialized = false
    public internal(set) var shutdownRequested = false
    /// Set by `exit`: the loop stops, with status 0 after `shutdown`, else 1.
    public internal(set) var exitStatus: Int32?

    public init(driver: Driver) {
        self.driver = driver.resolvingTokenizerOnce()
    }

    /// Handles one message (a request, a notification, or a client's response) and returns what to send.
    public mutating func handle(_ message: JSON) -> [JSON] {
        guard case .object = message, let method = message["method"]?.string else {
            if message["id"] != nil, message["method"] == nil { return [] }  // a response to us
            return [Self.error(id: message["id"] ?? .null, .invalidRequest, "not a JSON-RPC request or notification")]
        }
        let id = message["id"]
        let params = message["params"] ?? .object([:])
        if !initialized, method != "initialize", method != "exit" {
            return id.map { [Self.error(id: $0, .serverNotInitialized, "initialize first")] } ?? []
        }
        switch method {
        case "initialize": return [Self.result(id: id, initialize(params))]
        case "initialized", "$/setTrace", "$/cancelRequest", "workspace/didChangeConfiguration": return []
        case "shutdown":
            shutdownRequested = true
            return [Self.result(id: id, .null)]
        case "exit":
            exitStatus = shutdownRequested ? 0 : 1
            return []
        case "textDocument/didOpen": return didOpen(params)
        case "textDocument/didChange": return didChange(params)
        case "textDocument/didSave": return didSave(params)
        case "textDocument/didClose": return didClose(params)
        case "workspace/didChangeWatchedFiles": return relintAll()
        case "textDocument/hover": return [Self.result(id: id, withDocument(params) { hover($0, params) } ?? .null)]
        case "textDocument/completion": return [Self.result(id: id, withDocument(params) { completion($0, params) } ?? .null)]
        case "textDocument/codeAction": return [Self.result(id: id, withDocument(params) { codeActions($0, params) } ?? .null)]
        case "textDocument/definition": return [Self.result(id: id, withDocument(params) { definition($0, params) } ?? .null)]
        case "textDocument/documentSymbol": return [Self.result(id: id, withDocument(params) { documentSymbols($0) } ?? .null)]
        case "textDocument/documentColor": return [Self.result(id: id, withDocument(params) { documentColors($0) } ?? .null)]
        case "textDocument/colorPresentation": return [Self.result(id: id, colorPresentations(params))]
        default:
            guard let id else { return [] }  // unknown notifications are ignored, as the protocol says
            return [Self.error(id: id, .methodNotFound, "brandc lsp does not handle '\(method)'")]
        }
    }

    mutating func initialize(_ params: JSON) -> JSON {
        initialized = true
        if let uri = params["rootUri"]?.string ?? params["workspaceFolders"]?.array?.first?["uri"]?.string {
            rootPath = DocumentURI.path(uri)
        } else if let path = params["rootPath"]?.string {
            rootPath = path
        }
        if let brand = params["initializationOptions"]?["brand"]?.string {
            configuredBrand = rootPath.map { FilePath.resolve(brand, against: $0 + "/.") } ?? brand
        }
        return [
            "capabilities": [
                "positionEncoding": "utf-16",
                "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": true]],
                "hoverProvider": true,
                "completionProvider": ["triggerCharacters": [".", "{", ":", " ", "-"], "resolveProvider": false],
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
                "definitionProvider": true,
                "documentSymbolProvider": true,
                "colorProvider": true,
            ],
            "serverInfo": ["name": "brandc", "version": "0.1.0"],
        ]
    }

    func withDocument(_ params: JSON, _ body: (OpenDocument) -> JSON) -> JSON? {
        guard let uri = params["textDocument"]?["uri"]?.string, let document = documents[uri] else { return nil }
        return body(document)
    }

    static func result(id: JSON?, _ value: JSON) -> JSON {
        ["jsonrpc": "2.0", "id": id ?? .null, "result": value]
    }

    static func error(id: JSON, _ code: ErrorCode, _ message: String) -> JSON {
        ["jsonrpc": "2.0", "id": id, "error": ["code": .number(Double(code.rawValue)), "message": .string(message)]]
    }

    static func notification(_ method: String, _ params: JSON) -> JSON {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }
}
