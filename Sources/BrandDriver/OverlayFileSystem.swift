public import BrandModel

/// The editor's open documents laid over the disk: lint reads unsaved text for open files and
/// the disk for everything else (a parent guide that is not open, logo files).
public struct OverlayFileSystem: FileSystem {
    public var documents: [String: [UInt8]]
    public var base: any FileSystem

    public init(documents: [String: [UInt8]], base: any FileSystem = LocalFileSystem()) {
        self.documents = documents
        self.base = base
    }

    public func read(_ path: String) throws -> [UInt8] {
        if let bytes = documents[FilePath.normalize(path)] { return bytes }
        return try base.read(path)
    }

    public func fileExists(_ path: String) -> Bool {
        documents[FilePath.normalize(path)] != nil || base.fileExists(path)
    }
}
