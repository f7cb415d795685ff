/// What an image model accepts, from `../shared/reference/api-surface.md` §2 (Google's model cards
/// and image-generation guide, OpenAI's Images API).
public struct TargetModel: Sendable, Hashable {
    public var id: String
    public var aliases: [String]
    public var displayName: String
    public var aspectRatios: [String]
    /// Image sizes as brandc spells them; `wireSize` gives the provider's spelling.
    public var imageSizes: [String]
    public var maxReferenceImages: Int
    public var inputTokenLimit: Int
    public var thinkingLevels: [String]

    /// The provider's spelling of an image size: Gemini's smallest size is `512`, never `0.5K`.
    public func wireSize(_ size: String) -> String {
        size == "0.5K" ? "512" : size
    }

    public func supports(imageSize size: String) -> Bool {
        imageSizes.contains(wireSize(size))
    }

    public static let nanoBanana2 = TargetModel(
        id: "gemini-3.1-flash-image", aliases: ["gemini-3.1-flash-image-preview", "nano-banana-2"],
        displayName: "Nano Banana 2",
        aspectRatios: ["1:1", "1:4", "1:8", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "8:1", "9:16", "16:9", "21:9"],
        imageSizes: ["512", "1K", "2K", "4K"], maxReferenceImages: 14, inputTokenLimit: 131_072,
        thinkingLevels: ["minimal", "high"])

    public static let nanoBananaPro = TargetModel(
        id: "gemini-3-pro-image", aliases: ["gemini-3-pro-image-preview", "nano-banana-pro"],
        displayName: "Nano Banana Pro",
        aspectRatios: ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"],
        imageSizes: ["1K", "2K", "4K"], maxReferenceImages: 14, inputTokenLimit: 65_536, thinkingLevels: [])

    public static let all: [TargetModel] = [.nanoBanana2, .nanoBananaPro]

    /// The model with this id or alias.
    public static func named(_ name: String) -> TargetModel? {
        all.first { $0.id == name || $0.aliases.contains(name) }
    }

    public static var allNames: [String] { all.flatMap { [$0.id] + $0.aliases } }
}
