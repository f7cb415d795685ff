import Foundation

/// The build journal, `journal.jsonl` in the output folder: one JSON record per line, each
/// appended and fsynced before the run goes on, so a crash loses at most the line being written.
/// A torn last line is ignored on reload and a fresh line starts after it.
///
/// Appends made while an fsync is under way are made durable together by the next one (group
/// commit): at concurrency 16 a run appends over a hundred records a second, and an fsync takes
/// milliseconds, so one fsync per record would queue every request behind the disk.
public actor SubmissionJournal {
    public static let fileName = "journal.jsonl"
    private let handle: FileHandle
    private let path: String
    private let storage: DurableStorage
    /// Batches of lines written so far, and how many of them an fsync has covered.
    private var written = 0
    private var synced = 0
    private var syncing: Task<Int, any Error>?
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Opens (creating) the journal in `folder` for appending; a created journal's folder entry is
    /// made durable at once. `storage` is how bytes reach the disk (tests give their own).
    public init(folder: URL, storage: DurableStorage = .system) throws {
        let url = folder.appendingPathComponent(Self.fileName)
        path = url.path
        self.storage = storage
        if !FileManager.default.fileExists(atPath: url.path) {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw NetworkError.io("cannot create \(url.path)")
            }
            try storage.synchronizeFolder(folder)
        }
        handle = try FileHandle(forUpdating: url)
        let end = try handle.seekToEnd()
        if end > 0 {
            try handle.seek(toOffset: end - 1)
            if try handle.read(upToCount: 1) != Data([0x0A]) {
                try handle.seekToEnd()
                try handle.write(contentsOf: Data([0x0A]))
            }
        }
    }

    public func append(_ record: JournalRecord) async throws {
        try await append(contentsOf: [record])
    }

    /// Appends a record without waiting for it to reach the disk: the next durable append's fsync
    /// covers it. For records a crash may lose without harm (a request going in flight is resent
    /// on resume whether or not its record survived).
    public func note(_ record: JournalRecord) throws {
        try write([record])
    }

    /// Appends records (the plan of a large feed at once) and returns when they are on disk.
    public func append(contentsOf records: [JournalRecord]) async throws {
        try write(records)
        let mine = written
        while synced < mine {
            let sync: Task<Int, any Error>
            if let running = syncing {
                sync = running
            } else {
                // Covers every batch written so far, this one and those written while it runs.
                let target = written
                let descriptor = handle.fileDescriptor
                let (storage, path) = (storage, path)
                sync = Task.detached {
                    try storage.synchronizeFile(descriptor, path)
                    return target
                }
                syncing = sync
            }
            let covered = await sync.result
            // Whoever resumes first retires the finished fsync, so no one waits on it twice.
            if syncing == sync { syncing = nil }
            switch covered {
            case .success(let target): synced = max(synced, target)
            case .failure(let error): throw error  // this batch's lines are not known to be on disk
            }
        }
    }

    private func write(_ records: [JournalRecord]) throws {
        var lines = Data()
        for record in records {
            lines.append(try encoder.encode(record))
            lines.append(0x0A)
        }
        try handle.seekToEnd()
        try handle.write(contentsOf: lines)
        written += 1
    }

    public func close() {
        try? handle.close()
    }

    /// Every readable record in `folder`'s journal, in order; lines that do not parse (a torn
    /// last line after a crash) are skipped.
    public static func records(in folder: URL) -> [JournalRecord] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return [] }
        let decoder = JSONDecoder()
        return data.split(separator: 0x0A).compactMap { try? decoder.decode(JournalRecord.self, from: Data($0)) }
    }

    /// Each key's latest record.
    public static func latest(in folder: URL) -> [String: JournalRecord] {
        var latest: [String: JournalRecord] = [:]
        for record in records(in: folder) { latest[record.key] = record }
        return latest
    }
}
