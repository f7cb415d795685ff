extension ChatCompletionsResponse {
    /// A chat completion as OpenAI-compatible gateways send it: snake_case (reference §9).
    struct Body: Decodable, Sendable {
        var model: String?
        var choices: [Choice]?
        var usage: Usage?
    }

    struct Choice: Decodable, Sendable {
        var message: Message?
        var finishReason: String?

        enum CodingKeys: String, CodingKey { case message, finishReason = "finish_reason" }
    }

    /// The image may be in `images[]` (§9 variant 1), a `content` part (2) or Markdown in a string `content` (3).
    struct Message: Decodable, Sendable {
        var images: [ContentPart]?
        var content: MessageContent?
    }

    enum MessageContent: Decodable, Sendable {
        case text(String)
        case parts([ContentPart])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .parts(try container.decode([ContentPart].self))
            }
        }
    }

    /// `{"type":"text","text":…}` or `{"type":"image_url","image_url":{"url":…}}`.
    struct ContentPart: Decodable, Sendable {
        var text: String?
        var imageURL: ImageURL?

        enum CodingKeys: String, CodingKey { case text, imageURL = "image_url" }
    }

    struct ImageURL: Decodable, Sendable {
        var url: String?
    }

    struct Usage: Decodable, Sendable {
        var promptTokens: WireInt?
        var completionTokens: WireInt?
        var totalTokens: WireInt?
        var completionTokensDetails: OpenAITokenDetails?

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens", completionTokens = "completion_tokens", totalTokens = "total_tokens"
            case completionTokensDetails = "completion_tokens_details"
        }
    }
}
