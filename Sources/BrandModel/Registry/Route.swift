/// One way to reach a model: a provider or gateway, its endpoint style, limits, auth and prices.
public struct Route: Sendable, Hashable {
    public enum Endpoint: String, Sendable, Hashable, CaseIterable {
        case gemini
        case openAIImages = "openai-images"
        case openAIChat = "openai-chat"
        case claude
    }

    public var name: String
    public var model: String
    public var endpoint: Endpoint
    public var baseURL: String
    /// `x-goog-api-key`, `authorization-bearer` or `x-api-key`.
    public var authHeader: String
    /// The environment variable that holds the key; the key itself is never stored.
    public var keyEnvironmentVariable: String
    public var inputTokenLimit: Int
    public var outputTokenLimit: Int?
    /// Where `inputTokenLimit` comes from.
    public var limitSource: String
    public var prices = RoutePrices()
    /// Whether the route takes Batch API jobs; `nil` means as its model says (Gemini-native routes only).
    public var batch: Bool?

    public init(name: String, model: String, endpoint: Endpoint, baseURL: String, authHeader: String,
                keyEnvironmentVariable: String, inputTokenLimit: Int, limitSource: String) {
        self.name = name
        self.model = model
        self.endpoint = endpoint
        self.baseURL = baseURL
        self.authHeader = authHeader
        self.keyEnvironmentVariable = keyEnvironmentVariable
        self.inputTokenLimit = inputTokenLimit
        self.limitSource = limitSource
    }
}

/// Prices in US dollars. Any may be absent: the registry says only what is known.
public struct RoutePrices: Sendable, Hashable {
    public var perRequest: Double?
    /// Per image, by size.
    public var perImage: [String: Double] = [:]
    public var imageOutputPerMillion: Double?
    public var inputPerMillion: Double?
    /// Fraction of the price a batch request costs off (0.5 = half price).
    public var batchDiscount: Double?

    public init() {}

    /// The estimated price of one image of `size` that costs `outputTokens`, if the registry knows it.
    public func imagePrice(size: String?, outputTokens: Int, inputTokens: Int = 0, batch: Bool = false) -> Double? {
        var price: Double?
        if let perRequest { price = perRequest }
        if let size, let perImage = perImage[size] { price = perImage }
        if price == nil, let perMillion = imageOutputPerMillion {
            price = Double(outputTokens) * perMillion / 1_000_000
        }
        if let known = price, let inputPerMillion { price = known + Double(inputTokens) * inputPerMillion / 1_000_000 }
        if batch, let known = price, let discount = batchDiscount { price = known * (1 - discount) }
        return price
    }
}
