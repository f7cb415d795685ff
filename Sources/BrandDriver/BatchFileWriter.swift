import Foundation

/// Writes Gemini Batch API input lines into JSONL files under a size limit (2 GB per file by the
/// Batch API), each written to a temporary name and renamed when complete, so a killed run never
/// leaves a truncated file under the final name; or, for `--out -`, streams them to standard output.
final class BatchFileWriter {
    let directory: String
    let baseName: String
    let maxBytes: Int
    /// Standard output instead of files: one unsplit stream, nothing renamed or listed.
    private let toStandardOutput: Bool
    private var handle: FileHandle?
    private var partBytes = 0
    private var partNumber = 0
    private var temporaryPath = ""
    private(set) var written: [String] = []

    init(directory: String, baseName: String, maxBytes: Int) {
        self.directory = directory
        self.baseName = baseName
        self.maxBytes = maxBytes
        toStandardOutput = false
    }

    /// A writer that streams every line to standard output.
    init(standardOutput: Void) {
        directory = "-"
        baseName = ""
        maxBytes = .max
        toStandardOutput = true
        Self.widenPipe(FileHandle.standardOutput.fileDescriptor)
    }

    /// Lines run to hundreds of kilobytes: into a pipe with Linux's default 64 KB buffer, each one
    /// would take several rounds of waking the reader. A larger buffer (1 MB, the unprivileged
    /// maximum by default) lets a line go in one write. Not a pipe, or refused: nothing changes.
    private static func widenPipe(_ descriptor: Int32) {
        #if os(Linux)
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFIFO else { return }
        let setPipeSize: Int32 = 1031  // F_SETPIPE_SZ, which Glibc's headers do not give Swift
        _ = fcntl(descriptor, setPipeSize, 1 << 20)
        #endif
    }

    /// Appends one line given in pieces (written together with `writev`, never joined in memory).
    func append(_ pieces: [[UInt8]]) throws {
        let count = pieces.reduce(0) { $0 + $1.count }
        if toStandardOutput {
            try Self.writeAll(pieces, to: FileHandle.standardOutput.fileDescriptor)
            return
        }
        if handle == nil || (partBytes > 0 && partBytes + count > maxBytes) { try startPart() }
        if let handle { try Self.writeAll(pieces, to: handle.fileDescriptor) }
        partBytes += count
    }

    /// Closes the last part; names are `<base>.batch.jsonl`, or `<base>.batch-0001.jsonl`… when split.
    func finish() throws {
        try closePart()
        if written.count == 1, let only = written.first {
            let single = "\(directory)/\(baseName).batch.jsonl"
            try? FileManager.default.removeItem(atPath: single)
            try FileManager.default.moveItem(atPath: only, toPath: single)
            written = [single]
        }
    }

    /// `writev(2)` until every byte is out: a line of hundreds of kilobytes, most of it fragments
    /// every line shares, goes out without being copied together first.
    private static func writeAll(_ pieces: [[UInt8]], to descriptor: Int32) throws {
        try withBuffers(pieces[...]) { buffers in
            var vectors = buffers.filter { $0.count > 0 }.map {
                iovec(iov_base: UnsafeMutableRawPointer(mutating: $0.baseAddress), iov_len: $0.count)
            }
            var first = 0
            while first < vectors.count {
                let count = vectors[first...].withUnsafeBufferPointer { writev(descriptor, $0.baseAddress, Int32($0.count)) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                // A short write: skip what went out, resume inside the first vector not fully written.
                var remaining = count
                while first < vectors.count, remaining >= vectors[first].iov_len {
                    remaining -= vectors[first].iov_len
                    first += 1
                }
                if remaining > 0, first < vectors.count {
                    vectors[first].iov_base = vectors[first].iov_base.map { $0 + remaining }
                    vectors[first].iov_len -= remaining
                }
            }
        }
    }

    /// Calls `body` with every piece's bytes pinned at once (one nested closure per piece).
    private static func withBuffers<R>(
        _ pieces: ArraySlice<[UInt8]>, pinned: [UnsafeRawBufferPointer] = [],
        _ body: ([UnsafeRawBufferPointer]) throws -> R
    ) rethrows -> R {
        guard let first = pieces.first else { return try body(pinned) }
        return try first.withUnsafeBytes { try withBuffers(pieces.dropFirst(), pinned: pinned + [$0], body) }
    }

    private func startPart() throws {
        try closePart()
        partNumber += 1
        partBytes = 0
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        temporaryPath = "\(directory)/.\(baseName).batch-\(partNumber).jsonl.partial"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
            let opened = FileHandle(forWritingAtPath: temporaryPath)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporaryPath]) }
        handle = opened
    }

    private func closePart() throws {
        guard let open = handle else { return }
        try open.synchronize()
        try open.close()
        handle = nil
        let final = "\(directory)/\(baseName).batch-\(String(format: "%04d", partNumber)).jsonl"
        try? FileManager.default.removeItem(atPath: final)
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: final)
        written.append(final)
    }

    deinit {
        try? handle?.close()
        if handle != nil { try? FileManager.default.removeItem(atPath: temporaryPath) }
    }
}
