import Foundation

/// The file access the model layer needs, so tests can give their own files.
public protocol FileSystem: Sendable {
    func read(_ path: String) throws -> [UInt8]
    func fileExists(_ path: String) -> Bool
    /// Whether `path` names a folder, so a folder given where a file belongs is called one.
    func isDirectory(_ path: String) -> Bool
}

extension FileSystem {
    public func isDirectory(_ path: String) -> Bool { false }
}

/// The real file system.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    public func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    public func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// Path arithmetic on plain strings, POSIX style.
public enum FilePath {
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `relative` resolved against the folder of `file`; absolute paths stay as they are.
    public static func resolve(_ relative: String, against file: String) -> String {
        if relative.hasPrefix("/") { return relative }
        let base = directory(of: file)
        return normalize(base == "." ? relative : base + "/" + relative)
    }

    /// Whether `path` is an `http://` or `https://` URL rather than a file.
    public static func isURL(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }

    /// Removes `.` segments and folds `name/..` pairs.
    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if path.hasPrefix("/") { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
