/// A batch job's state (reference §7.4). REST answers say `BATCH_STATE_*`, the SDKs and one of
/// Google's own samples `JOB_STATE_*`: both prefixes are read, and anything else is kept as it came.
public enum BatchState: Sendable, Hashable, Codable, CustomStringConvertible {
    case unspecified
    case pending
    case running
    case succeeded
    case failed
    case cancelled
    case expired
    case unknown(String)

    public init(wire: String) {
        let bare = ["BATCH_STATE_", "JOB_STATE_"].reduce(wire) { text, prefix in
            text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
        }
        switch bare {
        case "UNSPECIFIED": self = .unspecified
        case "PENDING": self = .pending
        case "RUNNING": self = .running
        case "SUCCEEDED": self = .succeeded
        case "FAILED": self = .failed
        case "CANCELLED": self = .cancelled
        case "EXPIRED": self = .expired
        default: self = .unknown(wire)
        }
    }

    /// The job will not change any more.
    public var isFinal: Bool {
        switch self {
        case .succeeded, .failed, .cancelled, .expired: true
        case .unspecified, .pending, .running, .unknown: false
        }
    }

    /// The REST spelling, as written to the job record and shown.
    public var description: String {
        switch self {
        case .unspecified: "BATCH_STATE_UNSPECIFIED"
        case .pending: "BATCH_STATE_PENDING"
        case .running: "BATCH_STATE_RUNNING"
        case .succeeded: "BATCH_STATE_SUCCEEDED"
        case .failed: "BATCH_STATE_FAILED"
        case .cancelled: "BATCH_STATE_CANCELLED"
        case .expired: "BATCH_STATE_EXPIRED"
        case .unknown(let wire): wire
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(wire: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
