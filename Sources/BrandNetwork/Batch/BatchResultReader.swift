import Foundation

/// What one line of a responses file said (reference §7.1: `{"key", "response"}` or `{"key", "error"}`).
public enum BatchLineOutcome: Sendable {
    /// A `GenerateContentResponse`, read as the one-by-one path reads it: decoded images wait as
    /// temporary files in the folder given to the reader.
    case response(Result<ResponseSummary, ResponseFailure>)
    /// A `Status` object: the request failed inside the job.
    case error(String)
}

/// Streams a responses JSONL file line by line: each line goes to a scratch file, is split with
/// its base64 images spilled to side files (`SpilledJSON`), and is read with the Gemini response
/// reader. Memory stays bounded by the chunk size whatever the file's or a line's size.
public enum BatchResultReader {
    public struct Totals: Sendable, Hashable {
        public var lines = 0
        public var skipped = 0
        /// Lines that were not JSON objects with a string `key`.
        public var unreadable = 0
    }

    /// Calls `each` for every line whose key `wanted` accepts; other lines are not decoded.
    public static func read(
        _ file: URL, folder: URL, wanted: (String) -> Bool,
        each: (_ key: String, _ outcome: BatchLineOutcome) async throws -> Void
    ) async throws -> Totals {
        guard let input = FileHandle(forReadingAtPath: file.path) else { throw NetworkError.io("cannot read \(file.path)") }
        defer { try? input.close() }
        var totals = Totals()
        var line = try LineFile(folder: folder)
        defer { line.discard() }
        while let chunk = try input.read(upToCount: 64 * 1024), !chunk.isEmpty {
            var rest = chunk[...]
            while let newline = rest.firstIndex(of: 0x0A) {
                try line.append(rest[..<newline])
                try await finish(&line, folder: folder, totals: &totals, wanted: wanted, each: each)
                rest = rest[rest.index(after: newline)...]
            }
            try line.append(rest)
        }
        try await finish(&line, folder: folder, totals: &totals, wanted: wanted, each: each)
        return totals
    }

    private static func finish(
        _ line: inout LineFile, folder: URL, totals: inout Totals, wanted: (String) -> Bool,
        each: (String, BatchLineOutcome) async throws -> Void
    ) async throws {
        guard line.hasContent else { return line.reset() }
        try line.close()
        defer { line.reset() }
        totals.lines += 1
        let spilled = try SpilledJSON.split(file: line.url, blobFolder: folder)
        defer { for blob in spilled.blobs { try? FileManager.default.removeItem(at: blob) } }
        guard let line = try? spilled.decode(ResultLine.self) else {
            totals.unreadable += 1
            return
        }
        guard wanted(line.key) else {
            totals.skipped += 1
            return
        }
        switch line.response {
        case .success(let response)?:
            let context = ResponseReader.Context(spilled: spilled, folder: folder)
            try await each(line.key, .response(try GeminiResponse.read(response, context)))
        case .failure(let shape)?:
            try await each(line.key, .response(.failure(.malformed(shape.description))))
        case nil:
            let error = line.error
            let parts = [error?.code.map { "code \($0.value)" }, error?.status, error?.message]
            let detail = parts.compactMap { $0 }.joined(separator: ": ")
            try await each(line.key, .error(detail.isEmpty ? "the line has neither a response nor an error" : detail))
        }
    }
}
