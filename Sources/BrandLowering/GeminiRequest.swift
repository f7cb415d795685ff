/// The body of a Gemini-native `models/{model}:generateContent` request (REST, camelCase),
/// as in `../shared/reference/api-surface.md` §3.1.
public struct GeminiRequest: Codable, Sendable, Equatable {
    public var systemInstruction: Content?
    public var contents: [Content]
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
    }

    public struct ImageConfig: Codable, Sendable, Equatable {
        public var aspectRatio: String?
        public var imageSize: String?
    }
}
