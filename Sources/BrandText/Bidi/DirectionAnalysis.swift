/// What a text holds in terms of direction, for rules that warn about copy an image model is
/// likely to lay out wrongly.
public struct DirectionAnalysis: Hashable, Sendable {
    /// The first paragraph's direction (UAX #9 P2/P3).
    public var paragraphDirection: ParagraphDirection
    /// Whether any strong left-to-right character (L) occurs.
    public var hasLeftToRight: Bool
    /// Whether any strong right-to-left character (R or AL) occurs.
    public var hasRightToLeft: Bool
    /// Whether any number occurs: European (EN: ASCII digits and others) or Arabic (AN:
    /// Arabic-Indic digits).
    public var hasNumbers: Bool

    public init(paragraphDirection: ParagraphDirection, hasLeftToRight: Bool, hasRightToLeft: Bool,
                hasNumbers: Bool) {
        self.paragraphDirection = paragraphDirection
        self.hasLeftToRight = hasLeftToRight
        self.hasRightToLeft = hasRightToLeft
        self.hasNumbers = hasNumbers
    }

    /// Analyses `text` in one pass over its scalars.
    public init(of text: String) {
        var hasLeftToRight = false
        var hasRightToLeft = false
        var hasNumbers = false
        let table = UnicodeTables.bidiClass
        for scalar in text.unicodeScalars {
            switch bidiClass(of: scalar, using: table) {
            case .L: hasLeftToRight = true
            case .R, .AL: hasRightToLeft = true
            case .EN, .AN: hasNumbers = true
            default: continue
            }
        }
        self.init(paragraphDirection: BrandText.paragraphDirection(of: text), hasLeftToRight: hasLeftToRight,
                  hasRightToLeft: hasRightToLeft, hasNumbers: hasNumbers)
    }

    /// Both strong directions occur: e.g. an Arabic headline with a Latin brand name.
    public var isMixedDirection: Bool { hasLeftToRight && hasRightToLeft }

    /// Right-to-left letters together with numbers, which bidi reordering moves around (a price
    /// in an Arabic or Hebrew line) and image models often render in the wrong order.
    public var hasRightToLeftWithNumbers: Bool { hasRightToLeft && hasNumbers }

    /// Whether the text needs care with direction at all: mixed directions or RTL with numbers.
    public var needsBidiCare: Bool { isMixedDirection || hasRightToLeftWithNumbers }
}
