extension GeminiResponse {
    /// A `GenerateContentResponse` as the REST API sends it: camelCase (reference §4.1). Only what
    /// brandc reads is declared; `safetyRatings`, `groundingMetadata`, `responseId` and any field
    /// added later are skipped.
    struct Body: Decodable, Sendable {
        var candidates: [Candidate]?
        var promptFeedback: PromptFeedback?
        var usageMetadata: UsageMetadata?
        var modelVersion: String?
    }

    /// `finishReason` is a sibling of `content`, not inside it (§4.1).
    struct Candidate: Decodable, Sendable {
        var content: Content?
        var finishReason: String?
    }

    struct Content: Decodable, Sendable {
        var parts: [Part]?
    }

    /// Text or inline data; `thought` marks interim reasoning (and sometimes Gemini 3's final image, §4.2).
    struct Part: Decodable, Sendable {
        var text: String?
        var thought: Bool?
        var inlineData: InlineData?
    }

    /// `data` is base64, or a `SpilledJSON` placeholder naming the side file that holds it.
    struct InlineData: Decodable, Sendable {
        var mimeType: String?
        var data: String?
    }

    struct PromptFeedback: Decodable, Sendable {
        var blockReason: String?
    }

    /// §4.5.
    struct UsageMetadata: Decodable, Sendable {
        var promptTokenCount: WireInt?
        var candidatesTokenCount: WireInt?
        var thoughtsTokenCount: WireInt?
        var totalTokenCount: WireInt?
        var candidatesTokensDetails: [ModalityTokenCount]?
    }

    struct ModalityTokenCount: Decodable, Sendable {
        var modality: String?
        var tokenCount: WireInt?
    }
}
