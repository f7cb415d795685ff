import Foundation

extension BatchJobClient {
    /// Downloads a responses file (reference §7.4: `GET /download/v1beta/{file}:download?alt=media`)
    /// to `destination`, streamed to disk and renamed into place only when whole; a dropped or cut
    /// connection is retried from the start.
    public func download(_ file: String, to destination: URL) async throws(BatchFailure) {
        try Self.check(file, kind: "files")
        let partial = destination.deletingLastPathComponent()
            .appendingPathComponent("." + destination.lastPathComponent + "-\(UUID().uuidString)" + AtomicFile.temporarySuffix)
        defer { try? FileManager.default.removeItem(at: partial) }
        let call = Call(method: "GET", url: try url("/download/v1beta/" + file + ":download?alt=media"), timeout: downloadTimeout)
        _ = try await send(call, bodyTo: partial)
        do {
            let handle = try FileHandle(forWritingTo: partial)
            try handle.synchronize()
            try handle.close()
            try AtomicFile.place(partial, at: destination)
        } catch {
            throw BatchFailure(reason: "cannot keep the responses file: \(error)", retriable: true)
        }
    }
}
