import Foundation
public import BrandModel

/// Where and how a route's requests go: the base URL, the auth style, the variable that holds the
/// key (never the key), and the timeouts. Built from the registry route, then overridden by flags.
public struct Connection: Sendable, Hashable {
    public enum AuthStyle: String, Sendable, Hashable {
        case googleAPIKey = "x-goog-api-key"
        case bearer = "authorization-bearer"
        case anthropicAPIKey = "x-api-key"
    }

    public var baseURL: String
    public var authStyle: AuthStyle
    public var keyEnvironmentVariable: String
    /// Plain HTTP to a host other than loopback (`--allow-http`).
    public var allowsPlainHTTP = false
    public var timeouts = Timeouts()

    public struct Timeouts: Sendable, Hashable {
        public var connect: Double = 10
        /// The whole request, from connect to the last body byte.
        public var total: Double = 120

        public init(connect: Double = 10, total: Double = 120) {
            self.connect = connect
            self.total = total
        }

        /// Reference §5.3: 120 s for images up to 1K at minimal thinking; 300 s for 2K/4K or high thinking.
        public static func suited(imageSize: String?, highThinking: Bool) -> Timeouts {
            let large = imageSize.map { ["2K", "4K"].contains($0) } ?? false
            return Timeouts(connect: 10, total: large || highThinking ? 300 : 120)
        }
    }

    public init(baseURL: String, authStyle: AuthStyle, keyEnvironmentVariable: String) {
        self.baseURL = baseURL
        self.authStyle = authStyle
        self.keyEnvironmentVariable = keyEnvironmentVariable
    }

    /// The route's connection; `nil` when its auth header is not one brandc knows.
    public init?(route: Route) {
        guard let style = AuthStyle(rawValue: route.authHeader) else { return nil }
        self.init(baseURL: route.baseURL, authStyle: style, keyEnvironmentVariable: route.keyEnvironmentVariable)
    }

    /// The full URL of `path`, or why it may not be used.
    public func url(for path: String) throws(NetworkError) -> String {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let full = base + (path.hasPrefix("/") ? path : "/" + path)
        try URLPolicy.check(full, allowsPlainHTTP: allowsPlainHTTP)
        return full
    }
}
