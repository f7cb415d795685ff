import BrandDiagnostics
import BrandDriver
import BrandModel
import Foundation

/// Open, change, save, close, and the diagnostics they push.
extension LanguageServer {
    mutating func didOpen(_ params: JSON) -> [JSON] {
        guard let item = params["textDocument"], let uri = item["uri"]?.string, let path = DocumentURI.path(uri),
            let text = item["text"]?.string
        else { return [] }
        documents[uri] = OpenDocument(uri: uri, path: path, version: item["version"]?.int ?? 0, text: text)
        return relint(changed: uri)
    }

    mutating func didChange(_ params: JSON) -> [JSON] {
        guard let uri = params["textDocument"]?["uri"]?.string, var document = documents[uri],
            let changes = params["contentChanges"]?.array
        else { return [] }
        for change in changes {
            guard let text = change["text"]?.string else { continue }
            if let range = change["range"] {
                document = OpenDocument(
                    uri: uri, path: document.path, version: document.version, text: Self.apply(text, at: range, to: document))
            } else {
                document = OpenDocument(uri: uri, path: document.path, version: document.version, text: text)
            }
        }
        document.version = params["textDocument"]?["version"]?.int ?? document.version + 1
        documents[uri] = document
        return relint(changed: uri)
    }

    mutating func didSave(_ params: JSON) -> [JSON] {
        guard let uri = params["textDocument"]?["uri"]?.string, let document = documents[uri] else { return [] }
        if let text = params["text"]?.string {
            documents[uri] = OpenDocument(uri: uri, path: document.path, version: document.version, text: text)
        }
        if document.kind == .config { reloadConfig(document.path) }
        return relint(changed: uri)
    }

    mutating func didClose(_ params: JSON) -> [JSON] {
        guard let uri = params["textDocument"]?["uri"]?.string else { return [] }
        documents[uri] = nil
        published[uri] = nil
        return [Self.notification("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])]
    }

    /// Re-lints every open document (a watched file changed on disk).
    mutating func relintAll() -> [JSON] {
        documents.keys.sorted().flatMap { publish(lint($0), for: $0) }
    }

    /// Lints the changed document, then every open document that depends on it: a sub-brand whose
    /// `extends` chain reaches it, and products and templates checked against it.
    mutating func relint(changed uri: String) -> [JSON] {
        guard let changed = documents[uri] else { return [] }
        var messages = publish(lint(uri), for: uri)
        for other in documents.keys.sorted() where other != uri {
            if dependencies(of: other).contains(changed.path) {
                messages += publish(lint(other), for: other)
            }
        }
        return messages
    }

    mutating func publish(_ diagnostics: [Diagnostic], for uri: String) -> [JSON] {
        guard let document = documents[uri] else { return [] }
        published[uri] = diagnostics
        var others: [String: TextLines] = [:]
        let items = diagnostics.map { DiagnosticMessages.lsp($0, in: document, otherFiles: &others, reader: readText) }
        return [Self.notification("textDocument/publishDiagnostics", [
            "uri": .string(uri), "version": .number(Double(document.version)), "diagnostics": .array(items),
        ])]
    }

    /// The driver's lint of one open document, as it is in the editor, keeping its own diagnostics.
    func lint(_ uri: String) -> [Diagnostic] {
        guard let document = documents[uri], document.kind != .other || document.path.hasSuffix("_brand.yml") else { return [] }
        var editing = driver
        editing.fileSystem = overlay
        let brand = document.kind == .product || document.kind == .template ? brandGuide(for: document) : nil
        return editing.lint(documents: [document.path], brand: brand).filter {
            ($0.location.map { FilePath.normalize($0.file) } ?? document.path) == document.path
        }
    }

    /// The open documents over the disk.
    var overlay: OverlayFileSystem {
        OverlayFileSystem(documents: Dictionary(documents.values.map { ($0.path, Array($0.text.utf8)) }, uniquingKeysWith: { a, _ in a }))
    }

    /// The text of a file: the open document's, else the disk's.
    func readText(_ path: String) -> String? {
        (try? overlay.read(path)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The files whose change changes this document's diagnostics: its `extends` chain, and for a
    /// product or template, the brand guide it is checked against and that guide's chain.
    func dependencies(of uri: String) -> Set<String> {
        guard let document = documents[uri] else { return [] }
        var files: Set<String> = []
        var next: String? = document.kind == .guide ? document.path : brandGuide(for: document)
        if document.kind != .guide, let brand = next { files.insert(brand) }
        var depth = 0
        while let current = next, depth < 16 {
            depth += 1
            next = nil
            guard let text = readText(current) else { break }
            for line in TextLines(text).lines where line.hasPrefix("extends:") {
                let value = String(line.dropFirst("extends:".count)).trimmingCharacters(in: [" ", "\r", "\"", "'"])
                let parent = FilePath.resolve(value, against: current)
                if files.insert(parent).inserted { next = parent }
            }
        }
        return files
    }

    /// The guide a product or template is checked against: the client's `brand` option; for a
    /// product in `products/NAME/`, `brands/NAME/brand.yaml`; else the first open guide; else the
    /// first `brands/*/brand.yaml` of the workspace.
    func brandGuide(for document: OpenDocument) -> String? {
        if let configuredBrand { return configuredBrand }
        let folder = FilePath.directory(of: document.path)
        let name = folder.split(separator: "/").last.map(String.init) ?? ""
        let sibling = FilePath.resolve("../../brands/\(name)/brand.yaml", against: document.path)
        if document.kind == .product, overlay.fileExists(sibling) { return sibling }
        if let open = documents.values.filter({ $0.kind == .guide }).map(\.path).sorted().first { return open }
        guard let rootPath else { return nil }
        let brands = rootPath + "/brands"
        let found = (try? FileManager.default.contentsOfDirectory(atPath: brands))?.sorted()
            .map { "\(brands)/\($0)/brand.yaml" }.first { FileManager.default.fileExists(atPath: $0) }
        return found
    }

    mutating func reloadConfig(_ path: String) {
        let (config, _) = Driver.loadConfig(path, fileSystem: overlay)
        driver.config = config
    }

    /// Applies an incremental change (a range and its new text) to a document's text.
    static func apply(_ text: String, at range: JSON, to document: OpenDocument) -> String {
        func offset(_ position: JSON?) -> String.Index {
            let line = position?["line"]?.int ?? 0
            let character = position?["character"]?.int ?? 0
            let all = document.text
            var index = all.startIndex
            var current = 0
            while current < line, let newline = all[index...].firstIndex(where: \.isNewline) {
                index = all.index(after: newline)
                current += 1
            }
            let lineEnd = all[index...].firstIndex(where: \.isNewline) ?? all.endIndex
            var utf16 = 0
            while index < lineEnd, utf16 < character {
                utf16 += all[index].utf16.count
                index = all.index(after: index)
            }
            return index
        }
        let start = offset(range["start"])
        let end = max(start, offset(range["end"]))
        var result = document.text
        result.replaceSubrange(start..<end, with: text)
        return result
    }
}
