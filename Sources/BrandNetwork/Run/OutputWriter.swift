import Foundation

/// Puts an answer's files in the output folder: the primary (last) image as `<name>.<ext>`, earlier
/// ones as `<name>-1.<ext>`…, the captions as `<name>.txt`, and `<name>.response.json` with the
/// finish reason, usage and model version. Each appears atomically; the folder is fsynced once,
/// after the last, before the journal records them.
struct OutputWriter {
    let folder: URL
    let name: String

    func place(_ summary: ResponseSummary, key: String) throws -> [OutputFile] {
        var files: [OutputFile] = []
        for (index, image) in summary.images.enumerated() {
            let isPrimary = index == summary.images.count - 1
            let fileName = name + (isPrimary ? "" : "-\(index + 1)") + "." + image.kind.fileExtension
            try AtomicFile.place(image.temporaryFile, at: folder.appendingPathComponent(fileName), synchronizingFolder: false)
            files.append(OutputFile(name: fileName, sha256: image.sha256, bytes: image.byteCount, modified: modified(fileName)))
        }
        let captions = summary.texts.filter { !$0.isEmpty }
        if !captions.isEmpty {
            files.append(try write(Array((captions.joined(separator: "\n\n") + "\n").utf8), as: name + ".txt"))
        }
        let metadata = Metadata(
            key: key, finishReason: summary.finishReason, blockReason: summary.blockReason, modelVersion: summary.modelVersion,
            usage: summary.usage, images: files.filter { !$0.name.hasSuffix(".txt") })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        files.append(try write(Array(try encoder.encode(metadata)) + [0x0A], as: name + ".response.json"))
        try DurableStorage.system.synchronizeFolder(folder)
        return files
    }

    private func write(_ bytes: [UInt8], as fileName: String) throws -> OutputFile {
        try AtomicFile.write(bytes, to: folder.appendingPathComponent(fileName), synchronizingFolder: false)
        return OutputFile(name: fileName, sha256: RequestHash.sha256(bytes), bytes: bytes.count, modified: modified(fileName))
    }

    private func modified(_ fileName: String) -> Double? {
        OutputVerification.modificationTime(of: folder.appendingPathComponent(fileName))
    }

    struct Metadata: Encodable {
        var key: String
        var finishReason: String?
        var blockReason: String?
        var modelVersion: String?
        var usage: Usage
        var images: [OutputFile]
    }
}
