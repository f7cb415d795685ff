import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How written bytes are made durable: the journal and atomic files call it where a crash must not
/// lose what came before. The default is the system's `fsync`; a test gives its own to see what was
/// on the file, or in the folder, at each call.
public struct DurableStorage: Sendable {
    /// Makes everything written through the open descriptor durable (`fsync(2)`); `path` names the
    /// file for messages and for tests.
    public var synchronizeFile: @Sendable (_ descriptor: Int32, _ path: String) throws -> Void
    /// Makes a folder's entries (a created or renamed file) durable: `fsync(2)` of the folder.
    public var synchronizeFolder: @Sendable (_ folder: URL) throws -> Void

    public init(synchronizeFile: @escaping @Sendable (Int32, String) throws -> Void,
                synchronizeFolder: @escaping @Sendable (URL) throws -> Void) {
        self.synchronizeFile = synchronizeFile
        self.synchronizeFolder = synchronizeFolder
    }

    /// `fsync(2)` of the file and of the folder.
    public static let system = DurableStorage(
        synchronizeFile: { descriptor, path in
            guard fsync(descriptor) == 0 else {
                throw NetworkError.io("cannot fsync \(path): \(String(cString: strerror(errno)))")
            }
        },
        synchronizeFolder: { folder in
            // A folder that cannot be opened read-only (some network file systems) is left as is.
            let descriptor = open(folder.path, O_RDONLY)
            guard descriptor >= 0 else { return }
            defer { close(descriptor) }
            _ = fsync(descriptor)
        })
}
