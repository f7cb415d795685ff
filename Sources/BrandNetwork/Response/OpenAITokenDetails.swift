/// The breakdown OpenAI's Images and Chat Completions APIs attach to their usage
/// (`output_tokens_details`, `completion_tokens_details`): brandc reads only the image part.
struct OpenAITokenDetails: Decodable, Sendable {
    var imageTokens: WireInt?

    enum CodingKeys: String, CodingKey { case imageTokens = "image_tokens" }
}
