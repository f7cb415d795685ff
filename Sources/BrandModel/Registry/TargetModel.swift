/// What an image model accepts, as the model registry (`registry/models.yaml`) describes it.
public struct TargetModel: Sendable, Hashable {
    public var id: String
    public var aliases: [String] = []
    public var displayName: String
    /// `gemini` or `openai-image`: decides wire spellings and which endpoints can serve it.
    public var family: String
    /// `text` and/or `image`.
    public var outputs: [String] = ["text", "image"]
    public var aspectRatios: [String] = []
    /// Image sizes as the provider spells them (`512`, `1K`… or `1024x1024`), in registry order.
    public var imageSizes: [String] = []
    /// Output tokens one image of each size costs.
    public var outputTokens: [String: Int] = [:]
    public var defaultImageSize: String?
    public var maxReferenceImages: Int = 0
    /// Input tokens one reference image costs.
    public var referenceImageTokens: Int = 0
    public var thinkingLevels: [String] = []
    public var webGrounding = false
    public var imageSearch = false
    public var batch = false

    public init(id: String, displayName: String, family: String) {
        self.id = id
        self.displayName = displayName
        self.family = family
    }

    /// The provider's spelling of an image size: Gemini's smallest size is `512`, never `0.5K`.
    public func wireSize(_ size: String) -> String {
        family == "gemini" && (size == "0.5K" || size == "0.5k") ? "512" : size
    }

    public func supports(imageSize size: String) -> Bool {
        imageSizes.contains(wireSize(size))
    }

    /// Output tokens for an image of `size` (the default size when `nil`).
    public func outputTokens(forSize size: String?) -> Int {
        outputTokens[wireSize(size ?? defaultImageSize ?? "")] ?? 0
    }

    public var names: [String] { [id] + aliases }
}
