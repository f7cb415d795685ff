public import BrandDiagnostics

/// What one generated image must be: the text it carries, the palette it keeps, its shape.
/// Built from the compiled request (`AssembledPrompt`) and the brand guide; every expectation
/// keeps the location it came from, so a finding can point back at the YAML or template line.
public struct ImageExpectations: Sendable {
    public var textBlocks: [ExpectedText] = []
    public var colours: [ExpectedColour] = []
    /// The template's `aspect-ratio` (`"21:9"`), where it was written.
    public var aspectRatio: Located<String>?
    /// The asked size in the target's spelling (`512`, `1K`, `2K`, `4K`), where it was written.
    public var imageSize: Located<String>?
    /// Whether text other than the blocks may appear (a product's own printing).
    public var allowsOtherText = true

    public init() {}

    /// The colour whose role is `background`, if the guide names one.
    public var background: ExpectedColour? { colours.first { $0.role == "background" } }
}

/// One text block as it must appear.
public struct ExpectedText: Sendable, Hashable {
    public var role: String
    /// The exact text (NFC).
    public var text: String
    /// ISO 15924 (`Latn`, `Jpan`, `Arab`…).
    public var script: String
    public var isRightToLeft: Bool
    /// `vertical` for top-to-bottom CJK.
    public var isVertical: Bool
    public var language: String
    /// Where the copy was written.
    public var source: SourceLocation

    public init(role: String, text: String, script: String, isRightToLeft: Bool, isVertical: Bool = false,
                language: String, source: SourceLocation) {
        self.role = role
        self.text = text
        self.script = script
        self.isRightToLeft = isRightToLeft
        self.isVertical = isVertical
        self.language = language
        self.source = source
    }
}

/// A brand colour: its display name, canonical hex, role, and the line it was written on.
public struct ExpectedColour: Sendable, Hashable {
    public var name: String
    /// `#RRGGBB`.
    public var hex: String
    public var role: String?
    public var source: SourceLocation

    public init(name: String, hex: String, role: String? = nil, source: SourceLocation) {
        self.name = name
        self.hex = hex
        self.role = role
        self.source = source
    }
}
