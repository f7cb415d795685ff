public import BrandModel

/// Everything a request needs, independent of any provider's wire format.
public struct AssembledPrompt: Sendable {
    /// Stable key for the request: the product id, or the brand name when there is no product.
    public var key: String
    public var model: TargetModel
    public var locale: String?
    /// Brand rules: identity, voice, palette, typography, logo and photography rules.
    public var systemInstruction: String
    /// The rendered template.
    public var prompt: String
    public var textBlocks: [TextBlock]
    public var references: [ReferenceImage]
    public var aspectRatio: String?
    /// The size in the target's wire spelling (`512`, `1K`…).
    public var imageSize: String?
    /// `TEXT`/`IMAGE` in request order; empty means the model default.
    public var responseModalities: [String]
}

/// A reference image: what it shows and its bytes.
public struct ReferenceImage: Sendable {
    public enum Role: String, Sendable {
        case logo, product
    }

    public var role: Role
    public var path: String
    public var format: ImageFormat
    public var bytes: [UInt8]
}
