import Crypto
import Foundation

extension BatchRunner {
    /// Writes the lines no open job holds into new input files: one per model path, split before
    /// `maxInputBytes`, each named by its SHA-256 (so the same lines give the same record).
    func writeInputs(_ lines: [BatchLine]) throws -> [Group] {
        var byPath: [(path: String, lines: [BatchLine])] = []
        for line in lines {
            if let index = byPath.firstIndex(where: { $0.path == line.planned.request.path }) {
                byPath[index].lines.append(line)
            } else {
                byPath.append((line.planned.request.path, [line]))
            }
        }
        var groups: [Group] = []
        for (_, pathLines) in byPath {
            var part = try InputPart(folder: outputFolder)
            for line in pathLines {
                let bytes = try Data(contentsOf: line.planned.bodyFile)
                if !part.lines.isEmpty, part.bytes + bytes.count > maxInputBytes {
                    groups.append(try close(part))
                    part = try InputPart(folder: outputFolder)
                }
                try part.append(line, bytes)
            }
            groups.append(try close(part))
        }
        return groups
    }

    /// An input file being written, one line at a time, hashed as it goes.
    struct InputPart {
        let temporary: URL
        let handle: FileHandle
        var hasher = SHA256()
        var bytes = 0
        var lines: [BatchLine] = []

        init(folder: URL) throws {
            temporary = folder.appendingPathComponent(".batch-input-\(UUID().uuidString)\(AtomicFile.temporarySuffix)")
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
                let opened = FileHandle(forWritingAtPath: temporary.path)
            else { throw NetworkError.io("cannot write \(temporary.path)") }
            handle = opened
        }

        mutating func append(_ line: BatchLine, _ data: Data) throws {
            hasher.update(data: data)
            try handle.write(contentsOf: data)
            bytes += data.count
            lines.append(line)
        }
    }

    private func close(_ part: InputPart) throws -> Group {
        try part.handle.synchronize()
        try part.handle.close()
        let requests = Dictionary(part.lines.map { ($0.batchKey, $0.planned.hash) }, uniquingKeysWith: { first, _ in first })
        let record = BatchJobRecord(inputSHA256: RequestHash.hex(part.hasher.finalize()), inputBytes: part.bytes, requests: requests)
        try AtomicFile.place(part.temporary, at: inputURL(record))
        return Group(record: record, lines: part.lines)
    }

    func inputURL(_ record: BatchJobRecord) -> URL {
        outputFolder.appendingPathComponent(BatchJobRecord.filePrefix + record.inputSHA256.prefix(16) + ".input.jsonl")
    }

    func removeInput(_ record: BatchJobRecord) {
        try? FileManager.default.removeItem(at: inputURL(record))
    }

    /// Uploads and creates the group's job unless its record already has one; the record is
    /// saved after each step, so a kill between them repeats only the step that was cut.
    func submit(_ group: inout Group, progress: @Sendable (BatchProgress) -> Void) async throws(BatchFailure) {
        if let job = group.record.jobName {
            progress(.resumed(job: job, lines: group.lines.count))
            return
        }
        guard let path = group.lines.first?.planned.request.path else { return }
        let uploaded: String
        if let file = group.record.uploadedFile {
            uploaded = file
        } else {
            progress(.uploading(lines: group.lines.count, bytes: group.record.inputBytes))
            uploaded = try await client.upload(inputURL(group.record), displayName: displayName + "-input")
            group.record.uploadedFile = uploaded
            try save(group.record)
            progress(.uploaded(file: uploaded))
        }
        let status = try await client.create(generateContentPath: path, inputFile: uploaded, displayName: displayName)
        group.record.jobName = status.name
        group.record.state = status.state
        try save(group.record)
        progress(.created(job: status.name, lines: group.lines.count))
    }

    func save(_ record: BatchJobRecord) throws(BatchFailure) {
        do { try record.save(in: outputFolder) } catch {
            throw BatchFailure(reason: "cannot write the job record \(record.fileName): \(error)", retriable: true)
        }
    }
}
