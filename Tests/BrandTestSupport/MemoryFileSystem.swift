public import BrandModel

/// Files held in memory, for tests.
public struct MemoryFileSystem: FileSystem {
    public var files: [String: String]

    public init(files: [String: String]) {
        self.files = files
    }

    public struct Missing: Error {}

    public func read(_ path: String) throws -> [UInt8] {
        guard let text = files[path] else { throw Missing() }
        return Array(text.utf8)
    }

    public func fileExists(_ path: String) -> Bool { files[path] != nil }
}
