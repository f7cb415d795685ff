import Crypto
import Foundation

/// Downloads a file whose SHA-256 is known, and moves it into place only when the bytes match:
/// a wrong or cut-short download leaves nothing behind.
public enum VerifiedDownload {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case http(status: Int)
        case hashMismatch(expected: String, actual: String)
        case transport(String)

        public var description: String {
            switch self {
            case .http(let status): "the server answered HTTP \(status)"
            case .hashMismatch(let expected, let actual): "SHA-256 mismatch: expected \(expected), got \(actual); nothing was installed"
            case .transport(let detail): detail
            }
        }
    }

    /// Fetches `url` to `destination` (its folder created when missing) when its SHA-256 is `sha256`.
    public static func fetch(_ url: String, sha256 expected: String, to destination: URL, allowsPlainHTTP: Bool = false,
                             transport: any Transport) async throws {
        try URLPolicy.check(url, allowsPlainHTTP: allowsPlainHTTP)
        let temporary = try temporaryFile(beside: destination)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let exchange = Exchange(url: url, method: "GET", headers: [], body: [], timeouts: Connection.Timeouts(connect: 10, total: 300))
        let response: TransportResponse
        do { response = try await transport.send(exchange, bodyTo: temporary) } catch {
            throw Failure.transport(error.description)
        }
        guard (200..<300).contains(response.status) else { throw Failure.http(status: response.status) }
        try place(temporary, at: destination, sha256: expected)
    }

    /// Copies the local `file` to `destination` when the copy's SHA-256 is `sha256`, by the same
    /// temporary-then-rename route as a download (the copy is what is hashed, so a file changed
    /// meanwhile is never installed unchecked).
    public static func copy(_ file: URL, sha256 expected: String, to destination: URL) throws {
        let temporary = try temporaryFile(beside: destination)
        defer { try? FileManager.default.removeItem(at: temporary) }
        try FileManager.default.copyItem(at: file, to: temporary)
        try place(temporary, at: destination, sha256: expected)
    }

    /// A temporary name in `destination`'s folder (created when missing), so the final rename
    /// stays on one file system.
    static func temporaryFile(beside destination: URL) throws -> URL {
        let folder = destination.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("." + destination.lastPathComponent + "-\(UUID().uuidString)" + AtomicFile.temporarySuffix)
    }

    /// Checks `temporary`'s hash, syncs it and renames it to `destination`.
    static func place(_ temporary: URL, at destination: URL, sha256 expected: String) throws {
        let actual = try hash(of: temporary)
        guard actual == expected.lowercased() else { throw Failure.hashMismatch(expected: expected, actual: actual) }
        guard let handle = FileHandle(forWritingAtPath: temporary.path) else { throw NetworkError.io("cannot sync \(temporary.path)") }
        try handle.synchronize()
        try handle.close()
        try AtomicFile.place(temporary, at: destination)
    }

    static func hash(of file: URL) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { throw NetworkError.io("cannot read \(file.path)") }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return RequestHash.hex(hasher.finalize())
    }
}
