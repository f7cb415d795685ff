import Foundation
import BrandModel

/// The working folder an agent may read and write in. Every path a tool is given is resolved
/// against it and refused when it leads outside (`..`, an absolute path elsewhere, a symbolic link out).
public struct Workspace: Sendable {
    public let root: String

    public init(root: String) {
        let absolute = root.hasPrefix("/") ? root : FileManager.default.currentDirectoryPath + "/" + root
        self.root = Self.realPath(FilePath.normalize(absolute))
    }

    public struct OutsideError: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "'\(path)' is outside the working folder" }
    }

    /// The absolute path of `path` (relative to the root, or absolute inside it).
    public func resolve(_ path: String) throws -> String {
        let joined = path.hasPrefix("/") ? path : root + "/" + path
        let normalized = FilePath.normalize(joined)
        let real = Self.realPath(normalized)
        guard Self.isInside(real, root) || !FileManager.default.fileExists(atPath: normalized) && Self.isInside(normalized, root) else {
            throw OutsideError(path: path)
        }
        return normalized
    }

    /// `path` relative to the root, for results (never an absolute path of the machine).
    public func relative(_ path: String) -> String {
        let normalized = FilePath.normalize(path)
        if normalized == root { return "." }
        return normalized.hasPrefix(root + "/") ? String(normalized.dropFirst(root.count + 1)) : normalized
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The path with symbolic links resolved for the part that exists.
    static func realPath(_ path: String) -> String {
        var existing = path
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing), existing != "/" {
            rest.insert(String(existing.split(separator: "/").last ?? ""), at: 0)
            existing = FilePath.directory(of: existing)
        }
        let resolved = URL(fileURLWithPath: existing).resolvingSymlinksInPath().path
        return FilePath.normalize(([resolved] + rest).joined(separator: "/"))
    }

    /// Files under the root with one of `extensions`, relative and sorted, skipping hidden folders and `.build`.
    public func files(withExtensions extensions: Set<String>) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let path = walker.nextObject() as? String {
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                walker.skipDescendants()
                continue
            }
            if extensions.contains((path as NSString).pathExtension) { found.append(path) }
        }
        return found.sorted()
    }
}
