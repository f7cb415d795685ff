import Foundation
#if canImport(Glibc)
import Glibc

/// Watches files through inotify on their folders, so an editor's atomic save (write a temporary
/// file, rename it over the original: `IN_MOVED_TO`) is seen like a plain write (`IN_CLOSE_WRITE`).
/// Changes are debounced: `run` calls back once the folders have been quiet for `debounce`.
public final class FileWatcher: @unchecked Sendable {
    private let descriptor: Int32
    private let wake: (read: Int32, write: Int32)
    private let lock = NSLock()
    private var folders: [Int32: String] = [:]
    private var files: Set<String> = []
    /// Folders any change in which counts (a template's `partials/`, where a new file matters).
    private var wholeFolders: Set<String> = []

    static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF)

    public init() throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { throw WatchError("inotify_init1: \(String(cString: strerror(errno)))") }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw WatchError("pipe: \(String(cString: strerror(errno)))") }
        wake = (ends[0], ends[1])
    }

    deinit {
        close(descriptor)
        close(wake.read)
        close(wake.write)
    }

    /// Sets what is watched: `files` (absolute paths) and every change in `folders`.
    public func watch(files newFiles: [String], folders newFolders: [String] = []) {
        let files = Set(newFiles.map(Self.absolute))
        let whole = Set(newFolders.map(Self.absolute))
        let needed = Set(files.map { ($0 as NSString).deletingLastPathComponent }).union(whole)
        lock.withLock {
            self.files = files
            wholeFolders = whole
            let known = Set(folders.values)
            for folder in needed.subtracting(known) {
                let watch = inotify_add_watch(descriptor, folder, Self.mask)
                if watch >= 0 { folders[watch] = folder }
            }
        }
    }

    /// Waits for changes and calls `onChange` with the changed paths, sorted, after `debounce`
    /// seconds of quiet. Returns after `stop()`.
    public func run(debounce: Double = 0.05, onChange: ([String]) -> Void) {
        var pending = Set<String>()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var polls = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
            let timeout = pending.isEmpty ? -1 : Int32(debounce * 1000)
            let ready = poll(&polls, 2, timeout)
            if ready < 0, errno == EINTR { continue }
            if polls[1].revents != 0 { return }
            if ready == 0 {
                onChange(pending.sorted())
                pending.removeAll()
                continue
            }
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { continue }
            pending.formUnion(changes(in: buffer[0..<count]))
        }
    }

    public func stop() {
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// The watched paths the events in `bytes` touch.
    func changes(in bytes: ArraySlice<UInt8>) -> [String] {
        let headerSize = MemoryLayout<inotify_event>.size
        var found: [String] = []
        lock.withLock {
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset + headerSize <= raw.count {
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameBytes = raw[(offset + headerSize)..<min(raw.count, offset + headerSize + Int(event.len))]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    offset += headerSize + Int(event.len)
                    guard let folder = folders[event.wd] else { continue }
                    let path = name.isEmpty ? folder : folder + "/" + name
                    if files.contains(path) || wholeFolders.contains(folder) || event.mask & UInt32(IN_DELETE_SELF) != 0 {
                        found.append(path)
                    }
                }
            }
        }
        return found
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

public struct WatchError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
#endif
