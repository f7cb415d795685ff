public import BrandModel

/// Everything a request needs, independent of any provider's wire format.
public struct AssembledPrompt: Sendable {
    /// Stable key for the request: the product id, or the brand name when there is no product.
    public var key: String
    public var route: Route
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
    /// How the request fits its route's token budget.
    public var budget: BudgetResult?
    /// The template's outputs, thinking, grounding, safety and provider options.
    public var options: RequestOptions
    /// The template's name, for file names and batch keys.
    public var templateName: String

    public init(
        key: String, route: Route, model: TargetModel, locale: String?, systemInstruction: String, prompt: String,
        textBlocks: [TextBlock], references: [ReferenceImage], aspectRatio: String?, imageSize: String?,
        responseModalities: [String], budget: BudgetResult? = nil, options: RequestOptions = RequestOptions(),
        templateName: String = "request"
    ) {
        self.key = key
        self.route = route
        self.model = model
        self.locale = locale
        self.systemInstruction = systemInstruction
        self.prompt = prompt
        self.textBlocks = textBlocks
        self.references = references
        self.aspectRatio = aspectRatio
        self.imageSize = imageSize
        self.responseModalities = responseModalities
        self.budget = budget
        self.options = options
        self.templateName = templateName
    }
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

    public init(role: Role, path: String, format: ImageFormat, bytes: [UInt8]) {
        self.role = role
        self.path = path
        self.format = format
        self.bytes = bytes
    }
}
