/// Characters that draw nothing yet change how text matches, breaks or joins.
///
/// Bidi controls and directional marks are Default_Ignorable too but have rules of their own
/// (`bidiControls(in:)`, `strayDirectionalMarks(in:)`), so they are not classified here; nor are
/// variation selectors (they select glyphs, e.g. emoji presentation), tag characters (emoji tag
/// sequences such as the flag of England) and the conjoining Hangul fillers U+115F/U+1160.
public enum InvisibleCharacter: Hashable, Sendable {
    /// U+200B ZERO WIDTH SPACE.
    case zeroWidthSpace
    /// U+200C ZERO WIDTH NON-JOINER: legitimate between letters of joining scripts (Persian
    /// `می‌خواهم`, Indic half forms).
    case zeroWidthNonJoiner
    /// U+200D ZERO WIDTH JOINER: legitimate in emoji ZWJ sequences and Indic/Arabic joining.
    case zeroWidthJoiner
    /// U+2060 WORD JOINER.
    case wordJoiner
    /// U+00AD SOFT HYPHEN.
    case softHyphen
    /// U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark) after the start of the text.
    case byteOrderMark
    /// Any other Default_Ignorable_Code_Point (UCD 15.0), e.g. U+034F COMBINING GRAPHEME JOINER,
    /// U+3164 HANGUL FILLER, U+180E MONGOLIAN VOWEL SEPARATOR.
    case otherDefaultIgnorable

    /// The class of a scalar, or nil when it is visible or has a rule of its own.
    public init?(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x200B: self = .zeroWidthSpace
        case 0x200C: self = .zeroWidthNonJoiner
        case 0x200D: self = .zeroWidthJoiner
        case 0x2060: self = .wordJoiner
        case 0x00AD: self = .softHyphen
        case 0xFEFF: self = .byteOrderMark
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,
             0x115F, 0x1160, 0x180B...0x180D, 0x180F, 0xFE00...0xFE0F, 0xE0001, 0xE0020...0xE007F,
             0xE0100...0xE01EF:
            return nil
        default:
            guard isDefaultIgnorable(scalar) else { return nil }
            self = .otherDefaultIgnorable
        }
    }
}

/// An invisible character found in a text, and whether its context justifies it.
public struct InvisibleCharacterFinding: Hashable, Sendable {
    /// Which invisible character.
    public var character: InvisibleCharacter
    /// Where it is.
    public var position: TextPosition
    /// Whether it does a job where it stands: a ZWJ inside an emoji ZWJ sequence, or a ZWJ/ZWNJ
    /// between letters of a joining script (see `invisibleCharacters(in:includingLegitimate:)`).
    public var isLegitimate: Bool

    public init(character: InvisibleCharacter, position: TextPosition, isLegitimate: Bool) {
        self.character = character
        self.position = position
        self.isLegitimate = isLegitimate
    }
}
