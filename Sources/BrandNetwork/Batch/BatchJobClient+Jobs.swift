import Foundation

extension BatchJobClient {
    /// Creates a file-based job (reference §7.2): `path` is the model's `:generateContent` path
    /// (`/v1beta/models/{model}:generateContent`), whose model the job runs.
    public func create(generateContentPath path: String, inputFile: String, displayName: String)
        async throws(BatchFailure) -> BatchJobStatus
    {
        guard path.hasSuffix(":generateContent") else {
            throw BatchFailure(reason: "'\(path)' is not a generateContent path", retriable: false)
        }
        let batchPath = String(path.dropLast(":generateContent".count)) + ":batchGenerateContent"
        let body = try BatchRequestBody.bytes(BatchRequestBody.Create(displayName: displayName, inputFile: inputFile))
        let call = Call(method: "POST", url: try url(batchPath), headers: [("Content-Type", "application/json")], body: .bytes(body),
                        resendsAfterLostAnswer: false)
        // A create whose answer was lost may have made a job all the same: not resent. The caller
        // records the upload first, so a rerun creates again without uploading again.
        let (_, answer) = try await json(call)
        guard let status = BatchJobStatus(json: answer) else {
            throw BatchFailure(reason: "the create call was answered without a batch name", retriable: true)
        }
        return status
    }

    /// `GET /v1beta/batches/{id}` (reference §7.4).
    public func status(of name: String) async throws(BatchFailure) -> BatchJobStatus {
        try Self.check(name, kind: "batches")
        let (_, answer) = try await json(Call(method: "GET", url: try url("/v1beta/" + name)))
        guard let status = BatchJobStatus(json: answer) else {
            throw BatchFailure(reason: "the status of \(name) could not be read", retriable: true)
        }
        return status
    }

    /// `POST /v1beta/batches/{id}:cancel` (reference §7.4).
    public func cancel(_ name: String) async throws(BatchFailure) {
        try Self.check(name, kind: "batches")
        _ = try await json(Call(method: "POST", url: try url("/v1beta/" + name + ":cancel")))
    }

    /// Polls until the job reaches a final state, or until `maxWait` seconds have passed (then
    /// the last, unfinished status). Waits start at `interval` and grow by half each poll up to
    /// eight times `interval`: a job takes minutes to hours, and polls are not free.
    public func wait(for name: String, interval: Double, maxWait: Double? = nil,
                     onStatus: @Sendable (BatchJobStatus) -> Void = { _ in }) async throws(BatchFailure) -> BatchJobStatus
    {
        let started = sleeper.now()
        var delay = max(0, interval)
        while true {
            let current = try await status(of: name)
            onStatus(current)
            if current.state.isFinal { return current }
            if let maxWait, sleeper.now() - started + delay > maxWait { return current }
            try await pause(delay)
            delay = min(delay * 1.5, max(0, interval) * 8)
        }
    }

    static func check(_ name: String, kind: String) throws(BatchFailure) {
        guard BatchResourceName.isValid(name, kind: kind) else {
            throw BatchFailure(reason: "'\(name)' is not a \(kind) name", retriable: false)
        }
    }
}
