public import BrandAssembly

/// One entry point for every target.
public enum Lowering {
    /// The request for `target`. The Gemini batch target has no single request: its lines are
    /// written by `GeminiBatchLowering`; asking for one gives the plain Gemini request.
    public static func providerRequest(_ prompt: AssembledPrompt, target: LoweringTarget) throws -> ProviderRequest {
        switch target {
        case .gemini, .geminiBatch: GeminiLowering.providerRequest(prompt)
        case .openAIImages: try OpenAIImagesLowering.providerRequest(prompt)
        case .openAIChat: try OpenAIChatLowering.providerRequest(prompt)
        case .claude: try ClaudeLowering.providerRequest(prompt)
        }
    }

    /// The request body as a readable file: pretty-printed, keys sorted.
    public static func prettyBody(_ prompt: AssembledPrompt, target: LoweringTarget) throws -> [UInt8] {
        switch target {
        case .gemini, .geminiBatch: CanonicalJSON.prettyPrinted(GeminiLowering.providerRequest(prompt).body)
        case .openAIImages: try CanonicalJSON.encode(OpenAIImagesLowering.lower(prompt))
        case .openAIChat: try CanonicalJSON.encode(OpenAIChatLowering.lower(prompt))
        case .claude: try CanonicalJSON.encode(ClaudeLowering.lower(prompt))
        }
    }
}
