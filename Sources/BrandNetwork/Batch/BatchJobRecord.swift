import Foundation

/// A batch job's state beside the journal, `batch-<input hash>.json` in the output folder, written
/// atomically at each step (uploaded, created, each new state, results saved), so a killed build
/// resumes the same job instead of uploading and paying again.
public struct BatchJobRecord: Sendable, Hashable, Codable {
    /// SHA-256 of the input JSONL as uploaded.
    public var inputSHA256: String
    public var inputBytes: Int
    /// The request hash of each line, by batch key: a rerun's request with the same key and hash
    /// is already in this job.
    public var requests: [String: String]
    public var uploadedFile: String?
    public var jobName: String?
    public var state: BatchState?
    public var responsesFile: String?
    /// Every line of the finished job was read and its outputs saved or its failure journaled.
    public var resultsSaved = false

    public init(inputSHA256: String, inputBytes: Int, requests: [String: String]) {
        self.inputSHA256 = inputSHA256
        self.inputBytes = inputBytes
        self.requests = requests
    }

    /// The job may still give results: it did not end badly and its results were not read yet.
    public var isOpen: Bool {
        guard !resultsSaved else { return false }
        switch state {
        case .failed?, .cancelled?, .expired?: return false
        default: return true
        }
    }

    public static let filePrefix = "batch-"

    public var fileName: String { Self.filePrefix + inputSHA256.prefix(16) + ".json" }
    /// Where the downloaded responses wait until every line is saved.
    public var responsesFileName: String { Self.filePrefix + inputSHA256.prefix(16) + ".responses.jsonl" }

    public func save(in folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try AtomicFile.write(Array(try encoder.encode(self)) + [0x0A], to: folder.appendingPathComponent(fileName))
    }

    /// Every readable record in `folder`, oldest input hash first (a stable order).
    public static func all(in folder: URL) -> [BatchJobRecord] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let decoder = JSONDecoder()
        return names.filter { $0.hasPrefix(filePrefix) && $0.hasSuffix(".json") }.sorted().compactMap { name in
            FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
                .flatMap { try? decoder.decode(BatchJobRecord.self, from: $0) }
        }
    }
}
