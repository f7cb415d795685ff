import Foundation

extension BatchJobClient {
    /// Uploads a JSONL file with the Files API's resumable protocol (reference §7.3) and returns
    /// its name (`files/…`). The start call opens a session; the bytes then stream from disk to the
    /// session URL in one `upload, finalize` call. A failed transfer opens a new session (a session
    /// half-written is not resumed: the query command is not in the reference).
    public func upload(_ file: URL, displayName: String) async throws(BatchFailure) -> String {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int else {
            throw BatchFailure(reason: "cannot read \(file.path)", retriable: false)
        }
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await uploadOnce(file, size: size, displayName: displayName)
            } catch {
                guard error.retriable, attempt < policy.maxAttempts else { throw error }
                try await pause(policy.delay(afterAttempt: attempt, serverDelay: nil, random: random()))
            }
        }
    }

    private func uploadOnce(_ file: URL, size: Int, displayName: String) async throws(BatchFailure) -> String {
        let start = Call(
            method: "POST", url: try url("/upload/v1beta/files"),
            headers: [("X-Goog-Upload-Protocol", "resumable"), ("X-Goog-Upload-Command", "start"),
                      ("X-Goog-Upload-Header-Content-Length", "\(size)"), ("X-Goog-Upload-Header-Content-Type", "jsonl"),
                      ("Content-Type", "application/json")],
            body: .bytes(try BatchRequestBody.bytes(BatchRequestBody.UploadStart(displayName: displayName))))
        let (started, _) = try await json(start)
        guard let session = started.headers["x-goog-upload-url"] else {
            throw BatchFailure(reason: "the upload start was answered without an x-goog-upload-url header", retriable: true)
        }
        try checkSameOrigin(session)
        let transfer = Call(
            method: "POST", url: session,
            headers: [("X-Goog-Upload-Command", "upload, finalize"), ("X-Goog-Upload-Offset", "0"), ("Content-Length", "\(size)")],
            body: .file(file), sendsKey: false,
            timeout: connection.timeouts.total + Double(size) / 1_000_000, maxAttempts: 1)
        let (_, body) = try await json(transfer)
        guard let name = (try? WireJSON.decode(UploadedFile.self, from: body))?.file?.name, BatchResourceName.isValid(name, kind: "files")
        else { throw BatchFailure(reason: "the upload was answered without a file name", retriable: true) }
        return name
    }

    /// The session URL comes from a response header: it must point where the base URL does, so an
    /// answer cannot send the batch input elsewhere.
    private func checkSameOrigin(_ session: String) throws(BatchFailure) {
        let base = URLComponents(string: connection.baseURL)
        let other = URLComponents(string: session)
        guard let base, let other, base.scheme?.lowercased() == other.scheme?.lowercased(),
            base.host?.lowercased() == other.host?.lowercased(), base.port == other.port
        else { throw BatchFailure(reason: "the upload session URL points to another host than \(connection.baseURL)", retriable: false) }
    }

    func url(_ path: String) throws(BatchFailure) -> String {
        do { return try connection.url(for: path) } catch { throw BatchFailure(reason: error.description, retriable: false) }
    }
}

/// The answer to the upload's finalize call (reference §7.3): `{"file": {"name": "files/…", …}}`.
struct UploadedFile: Decodable {
    struct File: Decodable {
        var name: String?
    }

    var file: File?
}
