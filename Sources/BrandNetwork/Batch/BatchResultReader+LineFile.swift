import Foundation

extension BatchResultReader {
    /// The current line of a responses file, on disk: lines hold base64 images and may be large.
    struct LineFile {
        let url: URL
        private var handle: FileHandle?
        private(set) var hasContent = false

        init(folder: URL) throws {
            url = folder.appendingPathComponent(".batch-line-\(UUID().uuidString)\(AtomicFile.temporarySuffix)")
            try reopen()
        }

        mutating func append(_ bytes: Data.SubSequence) throws {
            guard !bytes.isEmpty else { return }
            if !hasContent, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return }
            if handle == nil { try reopen() }
            try handle?.write(contentsOf: bytes)
            hasContent = true
        }

        mutating func close() throws {
            try handle?.close()
            handle = nil
        }

        /// Empties the file for the next line.
        mutating func reset() {
            try? handle?.close()
            handle = nil
            hasContent = false
            try? reopen()
        }

        mutating func discard() {
            try? handle?.close()
            handle = nil
            try? FileManager.default.removeItem(at: url)
        }

        private mutating func reopen() throws {
            guard FileManager.default.createFile(atPath: url.path, contents: nil), let opened = FileHandle(forWritingAtPath: url.path)
            else { throw NetworkError.io("cannot write \(url.path)") }
            handle = opened
        }
    }
}
