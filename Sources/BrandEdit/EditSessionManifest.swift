/// `session.json`: what a session edits and where its turns go. Written once by `edit start` (or
/// `edit fork`) and again when a turn switches route; turns live in their own files beside it.
public struct EditSessionManifest: Codable, Sendable, Equatable {
    public static let currentFormat = 1
    public static let fileName = "session.json"

    public var format = currentFormat
    public var name: String
    /// The route the next turn goes to (the last one used, or the one given at start).
    public var route: String
    /// The starting image, copied into the folder.
    public var source: SourceImage
    /// The brand guide whose `{path}` references instructions may use.
    public var brand: String?
    /// Gemini `imageConfig` values for every turn.
    public var aspectRatio: String?
    public var imageSize: String?
    /// GPT Image options (api-surface §8.2) for every turn.
    public var openAI = OpenAIEditOptions()
    /// The session and turn this one was forked from.
    public var forkedFrom: ForkOrigin?

    public init(name: String, route: String, source: SourceImage) {
        self.name = name
        self.route = route
        self.source = source
    }

    public struct SourceImage: Codable, Sendable, Equatable {
        /// File name inside the session folder.
        public var file: String
        public var sha256: String
        /// Where it came from: a file path, or `build DIR key KEY`.
        public var origin: String

        public init(file: String, sha256: String, origin: String) {
            self.file = file
            self.sha256 = sha256
            self.origin = origin
        }
    }

    public struct ForkOrigin: Codable, Sendable, Equatable {
        public var session: String
        /// 0 for the other session's source image.
        public var turn: Int
    }
}

/// The documented `images/edits` options brandc sends (api-surface §8.2); `nil` leaves the API's default.
public struct OpenAIEditOptions: Codable, Sendable, Equatable {
    /// `auto`, `1024x1024`, `1536x1024` or `1024x1536`.
    public var size: String?
    /// `low`, `medium`, `high` or `auto`.
    public var quality: String?
    /// `high` or `low` (the API's default); not for gpt-image-1-mini.
    public var inputFidelity: String?
    /// `png`, `jpeg` or `webp`.
    public var outputFormat: String?
    /// `transparent`, `opaque` or `auto`.
    public var background: String?

    public init(size: String? = nil, quality: String? = nil, inputFidelity: String? = nil, outputFormat: String? = nil,
                background: String? = nil) {
        self.size = size
        self.quality = quality
        self.inputFidelity = inputFidelity
        self.outputFormat = outputFormat
        self.background = background
    }

    static var allowed: [(name: String, key: KeyPath<OpenAIEditOptions, String?>, values: Set<String>)] { [
        ("size", \.size, ["auto", "1024x1024", "1536x1024", "1024x1536"]),
        ("quality", \.quality, ["low", "medium", "high", "auto"]),
        ("input_fidelity", \.inputFidelity, ["high", "low"]),
        ("output_format", \.outputFormat, ["png", "jpeg", "webp"]),
        ("background", \.background, ["transparent", "opaque", "auto"]),
    ] }

    /// The first option whose value the API does not document, with the values it takes.
    public func invalidOption() -> (name: String, value: String, allowed: [String])? {
        for option in Self.allowed {
            if let value = self[keyPath: option.key], !option.values.contains(value) {
                return (option.name, value, option.values.sorted())
            }
        }
        return nil
    }
}
