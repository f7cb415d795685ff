public import BrandModel

/// A request ready to send, in any endpoint style: what to call and the exact bytes, never the
/// key (the network module adds the route's auth header from the environment at send time).
public struct ProviderRequest: Sendable, Equatable {
    /// The product key the response is joined back to.
    public var key: String
    public var route: String
    public var endpoint: Route.Endpoint
    public var method: String
    /// Path below the route's base URL, e.g. `/v1beta/models/gemini-3.1-flash-image:generateContent`.
    public var path: String
    /// Headers other than auth, in a fixed order.
    public var headers: [Header]
    public var body: [UInt8]

    public struct Header: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(key: String, route: String, endpoint: Route.Endpoint, method: String = "POST", path: String,
                headers: [Header] = [Header("content-type", "application/json")], body: [UInt8]) {
        self.key = key
        self.route = route
        self.endpoint = endpoint
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }
}
