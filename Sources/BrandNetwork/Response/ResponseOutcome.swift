/// Token usage as the provider reported it (Gemini `usageMetadata`, OpenAI/Claude `usage`).
public struct Usage: Sendable, Hashable, Codable {
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var thoughtsTokens: Int?
    public var imageOutputTokens: Int?
    public var totalTokens: Int?

    public init(inputTokens: Int? = nil, outputTokens: Int? = nil, thoughtsTokens: Int? = nil,
                imageOutputTokens: Int? = nil, totalTokens: Int? = nil) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.thoughtsTokens = thoughtsTokens
        self.imageOutputTokens = imageOutputTokens
        self.totalTokens = totalTokens
    }
}

/// What a provider's answer said, whatever its wire format.
public struct ResponseSummary: Sendable, Hashable {
    /// Non-thought images in order; the last is the primary one.
    public var images: [DecodedImage] = []
    /// Text parts (captions, or the model's explanation when it made no image).
    public var texts: [String] = []
    public var finishReason: String?
    public var blockReason: String?
    public var usage = Usage()
    public var modelVersion: String?

    public init() {}
}

/// Why an answer did not give an image.
public enum ResponseFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The prompt or the image was blocked (`promptFeedback.blockReason`, SAFETY, IMAGE_SAFETY, …): never retried.
    case blocked(reason: String)
    /// No image came back; some reasons (NO_IMAGE, IMAGE_OTHER) deserve one more try.
    case noImage(reason: String, retryOnce: Bool)
    case unknownFinishReason(String)
    /// The body was not the JSON the endpoint promises (or was cut short): retried.
    case malformed(String)

    public var description: String {
        switch self {
        case .blocked(let reason): "blocked (\(reason))"
        case .noImage(let reason, _): "no image (\(reason))"
        case .unknownFinishReason(let reason): "unknown finish reason '\(reason)'"
        case .malformed(let detail): "malformed response: \(detail)"
        }
    }
}
