public import BrandModel

/// The wire formats brandc writes: `compile --target`.
public enum LoweringTarget: String, Sendable, CaseIterable {
    case gemini
    case geminiBatch = "gemini-batch"
    case openAIImages = "openai-images"
    case openAIChat = "openai-chat"
    case claude

    /// The endpoint style of the routes that can take this target.
    public var endpoint: Route.Endpoint {
        switch self {
        case .gemini, .geminiBatch: .gemini
        case .openAIImages: .openAIImages
        case .openAIChat: .openAIChat
        case .claude: .claude
        }
    }

    /// The target a route's endpoint takes by default.
    public static func `default`(for endpoint: Route.Endpoint) -> LoweringTarget {
        switch endpoint {
        case .gemini: .gemini
        case .openAIImages: .openAIImages
        case .openAIChat: .openAIChat
        case .claude: .claude
        }
    }
}
