import Foundation

/// What `batches.get` (or the create call) says about a job (reference §7.4). Google's samples
/// disagree on where the state and the responses file live (`metadata.state` or `state`;
/// `metadata.output.responsesFile`, `response.responsesFile` or `dest.fileName`), so each of those
/// places is read; the keys are camelCase, as the REST API sends them.
public struct BatchJobStatus: Sendable, Hashable {
    /// `batches/…`
    public var name: String
    public var state: BatchState
    /// `files/…`, once the job has succeeded.
    public var responsesFile: String?
    /// The job's own error message (a failed job's `error.message`).
    public var errorMessage: String?
    public var requestCount: Int?
    public var succeededCount: Int?
    public var failedCount: Int?

    public init(name: String, state: BatchState, responsesFile: String? = nil) {
        self.name = name
        self.state = state
        self.responsesFile = responsesFile
    }

    /// The status in a JSON body, or `nil` when it names no job (or is not a job resource).
    init?(json bytes: [UInt8]) {
        guard let resource = try? WireJSON.decode(Resource.self, from: bytes), let name = resource.name,
            BatchResourceName.isValid(name, kind: "batches")
        else { return nil }
        self.name = name
        let metadata = resource.metadata
        let wireState = metadata?.state ?? resource.state
        state = wireState.map(BatchState.init(wire:)) ?? (resource.done == true ? .succeeded : .unspecified)
        responsesFile = metadata?.output?.responsesFile ?? resource.response?.responsesFile ?? resource.dest?.fileName
        if let file = responsesFile, !BatchResourceName.isValid(file, kind: "files") { responsesFile = nil }
        errorMessage = resource.error?.message
        if resource.error != nil, wireState == nil { state = .failed }
        requestCount = metadata?.batchStats?.requestCount?.value
        succeededCount = metadata?.batchStats?.successfulRequestCount?.value
        failedCount = metadata?.batchStats?.failedRequestCount?.value
    }
}

/// Names the server hands back (`files/abc`, `batches/xyz`) go into URL paths: only plain ones are
/// accepted, so an answer cannot steer a request (and its key) to another path.
enum BatchResourceName {
    static func isValid(_ name: String, kind: String) -> Bool {
        guard name.hasPrefix(kind + "/"), name.count > kind.count + 1, name.count <= 512 else { return false }
        let id = name.dropFirst(kind.count + 1)
        return id.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        } && id != "." && id != ".."
    }
}
