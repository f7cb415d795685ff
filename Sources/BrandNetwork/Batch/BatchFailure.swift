/// Why a batch call gave up, with the key already scrubbed from the reason.
public struct BatchFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String
    public var httpStatus: Int?
    /// A rerun may get further (server trouble, timeouts) rather than meet the same refusal.
    public var retriable: Bool

    public init(reason: String, httpStatus: Int? = nil, retriable: Bool) {
        self.reason = reason
        self.httpStatus = httpStatus
        self.retriable = retriable
    }

    public var description: String { reason }
}
