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
    }

    func append(_ line: [UInt8]) throws {
        if toStandardOutput {
            try Self.writeAll(line, to: FileHandle.standardOutput.fileDescriptor)
            return
        }
        if handle == nil || (partBytes > 0 && partBytes + line.count > maxBytes) { try startPart() }
        if let handle { try Self.writeAll(line, to: handle.fileDescriptor) }
        partBytes += line.count
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

    /// `write(2)` until every byte is out: no copy into `Data` for lines of hundreds of kilobytes.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let count = write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += count
            }
        }
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
