/// One line of the build journal: a request's state at one moment. The journal is append-only;
/// a request's state is its last line.
public struct JournalRecord: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable {
        case planned
        case inFlight = "in-flight"
        case succeeded
        case failed
    }

    public var key: String
    public var hash: String
    public var state: State
    /// Files written for a succeeded request, with their SHA-256.
    public var files: [OutputFile]?
    public var usage: Usage?
    /// US dollars, from the registry's prices and the reported usage.
    public var cost: Double?
    public var reason: String?
    public var retriable: Bool?
    public var attempts: Int?

    public init(key: String, hash: String, state: State, files: [OutputFile]? = nil, usage: Usage? = nil,
                cost: Double? = nil, reason: String? = nil, retriable: Bool? = nil, attempts: Int? = nil) {
        self.key = key
        self.hash = hash
        self.state = state
        self.files = files
        self.usage = usage
        self.cost = cost
        self.reason = reason
        self.retriable = retriable
        self.attempts = attempts
    }
}

/// A file a request produced, by name inside the output folder.
public struct OutputFile: Sendable, Hashable, Codable {
    public var name: String
    public var sha256: String
    public var bytes: Int
    /// The file's modification time when it was written (seconds since 1970): with the same size,
    /// a rerun trusts the file without hashing it. Absent in journals of earlier versions.
    public var modified: Double?

    public init(name: String, sha256: String, bytes: Int, modified: Double? = nil) {
        self.name = name
        self.sha256 = sha256
        self.bytes = bytes
        self.modified = modified
    }
}
