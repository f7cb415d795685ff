import Foundation

/// One build at a time per output folder: an exclusive `flock` on the folder itself, held until
/// `release()` or the process ends (a killed run leaves no stale lock). Two runs into one folder
/// would pay for the same requests twice, and the second's clean-up would delete the first's
/// partial answers. The holder's pid is written to `.brandc-build.pid` only so the refusal can name it.
public final class OutputFolderLock: Sendable {
    /// Another live run holds the folder.
    public struct Held: Error, CustomStringConvertible {
        public var folder: String
        public var holder: Int32?

        public var description: String {
            "another brandc build" + (holder.map { " (pid \($0))" } ?? "") + " is writing to '\(folder)'; "
                + "wait for it to finish or build into another --out folder"
        }
    }

    static let pidFileName = ".brandc-build.pid"

    private let descriptor: Int32
    private let pidFile: URL

    /// Locks `folder` (which must exist) or throws `Held` naming the holder.
    public init(folder: URL) throws {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: folder.path])
        }
        pidFile = folder.appendingPathComponent(Self.pidFileName)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            let text = (try? String(contentsOf: pidFile, encoding: .utf8)) ?? ""
            throw Held(folder: folder.path, holder: Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        self.descriptor = descriptor
        try? Data("\(getpid())\n".utf8).write(to: pidFile, options: .atomic)
    }

    /// Removes the pid note and lets the next run in.
    public func release() {
        try? FileManager.default.removeItem(at: pidFile)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
