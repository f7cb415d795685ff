import Foundation

/// Writes Gemini Batch API input lines into JSONL files under a size limit (2 GB per file by the
/// Batch API), each written to a temporary name and renamed when complete, so a killed run never
/// leaves a truncated file under the final name.
final class BatchFileWriter {
    let directory: String
    let baseName: String
    let maxBytes: Int
    private var handle: FileHandle?
    private var partBytes = 0
    private var partNumber = 0
    private var temporaryPath = ""
    private(set) var written: [String] = []

    init(directory: String, baseName: String, maxBytes: Int) {
        self.directory = directory
        self.baseName = baseName
        self.maxBytes = maxBytes
    }

    func append(_ line: [UInt8]) throws {
        if handle == nil || (partBytes > 0 && partBytes + line.count > maxBytes) { try startPart() }
        handle?.write(Data(line))
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
