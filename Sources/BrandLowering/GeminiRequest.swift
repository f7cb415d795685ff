/// The body of a Gemini-native `models/{model}:generateContent` request (REST, camelCase), as in
/// `../shared/reference/api-surface.md` §3. Absent optionals are left out of the JSON.
public struct GeminiRequest: Codable, Sendable, Equatable {
    public var systemInstruction: Content?
    public var contents: [Content]
    public var tools: [Tool]?
    public var safetySettings: [SafetySetting]?
    public var generationConfig: GenerationConfig

    public struct Content: Codable, Sendable, Equatable {
        public var role: String?
        public var parts: [Part]
    }

    /// One part: text or inline base64 data (never both).
    public struct Part: Codable, Sendable, Equatable {
        public var text: String?
        public var inlineData: InlineData?

        public static func text(_ text: String) -> Part { Part(text: text, inlineData: nil) }
    }

    public struct InlineData: Codable, Sendable, Equatable {
        public var mimeType: String
        /// Base64 without a `data:` prefix.
        public var data: String
    }

    public struct GenerationConfig: Codable, Sendable, Equatable {
        public var responseModalities: [String]
        public var imageConfig: ImageConfig?
        public var thinkingConfig: ThinkingConfig?
    }

    public struct ImageConfig: Codable, Sendable, Equatable {
        public var aspectRatio: String?
        public var imageSize: String?
    }

    public struct ThinkingConfig: Codable, Sendable, Equatable {
        /// `MINIMAL` or `HIGH` for Nano Banana 2.
        public var thinkingLevel: String
    }

    /// Google Search grounding: web search by default; `searchTypes` to add image search.
    public struct Tool: Codable, Sendable, Equatable {
        public var googleSearch: GoogleSearch
    }

    public struct GoogleSearch: Codable, Sendable, Equatable {
        public var searchTypes: SearchTypes?
    }

    public struct SearchTypes: Codable, Sendable, Equatable {
        public var webSearch: Empty?
        public var imageSearch: Empty?
    }

    /// `{}` on the wire.
    public struct Empty: Codable, Sendable, Equatable {}

    public struct SafetySetting: Codable, Sendable, Equatable {
        public var category: String
        public var threshold: String
    }
}
