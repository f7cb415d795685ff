public import Foundation
import BrandNetwork
public import BrandDiagnostics

/// One session's folder: `session.json`, the source image, each turn's files
/// (`turn-NNN.request.json` or `.request.multipart`, `turn-NNN.answer.json` verbatim, the image,
/// `turn-NNN.txt`, `turn-NNN.json`) and the submission journal, `journal.jsonl`. Every file is
/// written atomically.
public struct EditSessionFolder: Sendable {
    public let url: URL

    public init(_ url: URL) {
        self.url = url
    }

    var location: String { url.path }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }()

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    func bytes(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: file(name).path).map(Array.init)
    }

    func write(_ bytes: [UInt8], as name: String) throws {
        try AtomicFile.write(bytes, to: file(name))
    }

    /// Writes `value` as pretty JSON and a newline. The bytes are typed so the call cannot resolve
    /// back to this overload (`[UInt8]` is itself `Encodable`): that recursed without end.
    func write(_ value: some Encodable, as name: String) throws {
        let bytes: [UInt8] = Array(try Self.encoder.encode(value)) + [0x0A]
        try AtomicFile.write(bytes, to: file(name))
    }

    func read<T: Decodable>(_ type: T.Type, from name: String) throws -> T {
        guard let data = FileManager.default.contents(atPath: file(name).path) else {
            throw EditFailure(.badSession, "\(file(name).path) is missing")
        }
        do { return try JSONDecoder().decode(T.self, from: data) } catch {
            throw EditFailure(.badSession, "\(file(name).path) is not a brandc edit file: \(error)")
        }
    }

    public func manifest() throws -> EditSessionManifest {
        let manifest = try read(EditSessionManifest.self, from: EditSessionManifest.fileName)
        guard manifest.format <= EditSessionManifest.currentFormat else {
            throw EditFailure(.badSession, "\(url.path) has session format \(manifest.format); this brandc reads up to \(EditSessionManifest.currentFormat)")
        }
        return manifest
    }

    /// Finished turns in order.
    public func turns() throws -> [EditTurnRecord] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
            .filter { $0.hasPrefix("turn-") && $0.hasSuffix(".json") && $0.split(separator: ".").count == 2 }
            .sorted()
        let turns = try names.map { try read(EditTurnRecord.self, from: $0) }
        for (index, turn) in turns.enumerated() where turn.number != index + 1 {
            throw EditFailure(.badSession, "\(url.path): turn files skip from \(index) to \(turn.number)")
        }
        return turns
    }

    /// The turn being sent when a run stopped, if any.
    public func pending() throws -> EditTurnRecord? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasSuffix(".pending.json") }
        guard let name = names.sorted().last else { return nil }
        return try read(EditTurnRecord.self, from: name)
    }

    /// Whether `url` holds a session.
    public var exists: Bool { FileManager.default.fileExists(atPath: file(EditSessionManifest.fileName).path) }
}

/// A problem that ends an edit command, with its code.
public struct EditFailure: Error, Sendable, CustomStringConvertible {
    public var code: DiagnosticCode
    public var message: String
    public var fix: String?

    init(_ code: DiagnosticCode, _ message: String, fix: String? = nil) {
        self.code = code
        self.message = message
        self.fix = fix
    }

    public var description: String { message + (fix.map { " (\($0))" } ?? "") }
}
