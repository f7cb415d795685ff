import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files appear whole or not at all: written under a temporary name in the same folder
/// (`.<name>.partial`), fsynced, renamed, and the folder fsynced.
public enum AtomicFile {
    public static let temporarySuffix = ".partial"

    /// Writes `bytes` to `url` atomically. `synchronizingFolder: false` leaves the folder's fsync to
    /// the caller, who places several files and then fsyncs their folder once.
    public static func write(_ bytes: [UInt8], to url: URL, synchronizingFolder: Bool = true,
                             storage: DurableStorage = .system) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent("." + url.lastPathComponent + "-\(UUID().uuidString)" + temporarySuffix)
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else { throw NetworkError.io("cannot write \(temporary.path)") }
        do {
            try handle.write(contentsOf: bytes)
            try storage.synchronizeFile(handle.fileDescriptor, temporary.path)
            try handle.close()
            try place(temporary, at: url, synchronizingFolder: synchronizingFolder, storage: storage)
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Renames an already fsynced temporary file over `url`, then fsyncs the folder (unless the
    /// caller will, once for several files).
    public static func place(_ temporary: URL, at url: URL, synchronizingFolder: Bool = true,
                             storage: DurableStorage = .system) throws {
        guard rename(temporary.path, url.path) == 0 else {
            throw NetworkError.io("cannot rename \(temporary.lastPathComponent) to \(url.path): errno \(errno)")
        }
        if synchronizingFolder { try storage.synchronizeFolder(url.deletingLastPathComponent()) }
    }

    /// Removes temporary files a killed run left in `folder`; returns their names.
    @discardableResult
    public static func removeLeftovers(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let leftovers = names.filter { $0.hasPrefix(".") && $0.hasSuffix(temporarySuffix) }
        for name in leftovers { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        return leftovers.sorted()
    }
}
