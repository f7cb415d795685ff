/// The body of a Gemini-native `models/{model}:generateContent` request (REST, camelCase), as in
/// `../shared/reference/api-surface.md` §3: the one description of the request. `GeminiRequestWriter`
/// is its one encoder (compact JSON, keys sorted, absent optionals left out), for single requests
/// and Batch API lines alike.
public struct GeminiRequest: Sendable, Equatable {
    public var systemInstruction: Content?
    public var contents: [Content]
    public var tools: [Tool]?
    public var safetySettings: [SafetySetting]?
    public var generationConfig: GenerationConfig

    public struct Content: Sendable, Equatable {
        public var role: String?
        public var parts: [Part]
    }

    /// One part: text or inline base64 data (never both).
    public struct Part: Sendable, Equatable {
        public var text: String?
        public var inlineData: InlineData?

        public static func text(_ text: String) -> Part { Part(text: text, inlineData: nil) }
    }

    /// Inline image data. The bytes are kept raw and written as base64 (no `data:` prefix) by the
    /// writer, which encodes an image shared by many requests once.
    public struct InlineData: Sendable, Equatable {
        public var mimeType: String
        public var bytes: [UInt8]
    }

    public struct GenerationConfig: Sendable, Equatable {
        public var responseModalities: [String]
        public var imageConfig: ImageConfig?
        public var thinkingConfig: ThinkingConfig?
    }

    public struct ImageConfig: Sendable, Equatable {
        public var aspectRatio: String?
        public var imageSize: String?
    }

    public struct ThinkingConfig: Sendable, Equatable {
        /// `MINIMAL` or `HIGH` for Nano Banana 2.
        public var thinkingLevel: String
    }

    /// Google Search grounding: web search by default; `searchTypes` to add image search.
    public struct Tool: Sendable, Equatable {
        public var googleSearch: GoogleSearch
    }

    public struct GoogleSearch: Sendable, Equatable {
        public var searchTypes: SearchTypes?
    }

    /// Each present type is `{}` on the wire.
    public struct SearchTypes: Sendable, Equatable {
        public var webSearch: Bool
        public var imageSearch: Bool
    }

    public struct SafetySetting: Sendable, Equatable {
        public var category: String
        public var threshold: String
    }
}
