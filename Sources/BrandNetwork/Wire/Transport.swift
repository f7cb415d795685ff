import Foundation

/// One HTTP exchange whose response body streams into a file. The real one is `HTTPTransport`;
/// tests may give their own.
public protocol Transport: Sendable {
    func send(_ exchange: Exchange, bodyTo file: URL) async throws(TransportFailure) -> TransportResponse
}

/// What to send: everything but the body's destination.
public struct Exchange: Sendable {
    public var url: String
    public var method: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    public var timeouts: Connection.Timeouts
}

public struct TransportResponse: Sendable {
    public var status: Int
    /// Header values by lowercase name.
    public var headers: [String: String]
    public var bodyBytes: Int
}

/// Nothing usable came back: worth another try.
public enum TransportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case timedOut
    case connection(String)
    case io(String)

    public var description: String {
        switch self {
        case .timedOut: "timed out"
        case .connection(let detail): "connection failed: \(detail)"
        case .io(let detail): detail
        }
    }
}
