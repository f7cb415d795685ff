import Foundation

/// A feed file mapped read-only, whose pages already read can be handed back to the system.
///
/// A mapped page counts in the process's resident memory once it is touched, so reading a feed
/// front to back would grow the resident set by the whole file (400 MB for a million products). The
/// iterator releases what lies behind its read position every few megabytes (`MADV_DONTNEED`: for
/// a read-only file mapping, a page touched again is simply read back from the file), which keeps
/// memory flat for any feed length.
struct MappedFeedFile {
    /// The file's bytes; they stay valid as long as some copy of this `Data` is alive.
    let data: Data
    private let base: UnsafeMutableRawPointer?
    private var releasedUpTo = 0

    /// Releases happen in steps of at least this many bytes, so the system call is rare.
    let releaseStep: Int

    /// Why a file could not be mapped, in the system's words.
    struct OpenError: Error, CustomStringConvertible {
        let description: String

        static func lastSystemError() -> OpenError {
            OpenError(description: String(cString: strerror(errno)).lowercased())
        }
    }

    init(path: String, releaseStep: Int = 8 << 20) throws {
        self.releaseStep = releaseStep
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OpenError.lastSystemError() }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw OpenError.lastSystemError() }
        guard status.st_mode & S_IFMT == S_IFREG else { throw OpenError(description: "not a regular file") }
        let size = Int(status.st_size)
        guard size > 0 else {
            data = Data()
            base = nil
            return
        }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            throw OpenError.lastSystemError()
        }
        base = mapped
        data = Data(bytesNoCopy: mapped, count: size, deallocator: .custom { pointer, count in _ = munmap(pointer, count) })
    }

    /// Hands back the whole pages before `offset` once enough has been read since the last time.
    mutating func release(before offset: Int) {
        guard let base, offset - releasedUpTo >= releaseStep else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = min(offset, data.count) / page * page
        guard end > releasedUpTo else { return }
        _ = madvise(base + releasedUpTo, end - releasedUpTo, Int32(MADV_DONTNEED))
        releasedUpTo = end
    }
}
