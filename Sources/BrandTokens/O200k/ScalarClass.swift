/// The character classes of the `o200k_base` pre-tokenization pattern that one scalar belongs to.
///
/// The pattern (tiktoken's `tiktoken_ext/openai_public.py`) names them as
/// `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]` (`upper`), `[\p{Ll}\p{Lm}\p{Lo}\p{M}]` (`lower`), `\p{L}`,
/// `\p{N}`, `\s` (the Unicode `White_Space` property, as in Rust's `regex`) and `[\r\n]`.
struct ScalarClass: OptionSet, Sendable {
    let rawValue: UInt8

    static let upper = ScalarClass(rawValue: 1 << 0)
    static let lower = ScalarClass(rawValue: 1 << 1)
    static let letter = ScalarClass(rawValue: 1 << 2)
    static let number = ScalarClass(rawValue: 1 << 3)
    static let whitespace = ScalarClass(rawValue: 1 << 4)
    static let lineBreak = ScalarClass(rawValue: 1 << 5)

    /// `[^\r\n\p{L}\p{N}]`: what may precede a word as its optional first scalar.
    var canPrefixWord: Bool { isDisjoint(with: [.lineBreak, .letter, .number]) }
    /// `[^\s\p{L}\p{N}]`: punctuation, symbols, marks, controls and the like.
    var isSymbol: Bool { isDisjoint(with: [.whitespace, .letter, .number]) }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    init(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x1_0000 {
            self = Self.basicMultilingualPlane[Int(scalar.value)]
        } else {
            self = Self.classify(scalar)
        }
    }

    /// The classes of U+0000…U+FFFF, computed once (about 2 ms): the standard library's property
    /// lookups otherwise take a third of the encoding time. Surrogates, which are no scalars, get none.
    private static let basicMultilingualPlane: [ScalarClass] = (0..<0x1_0000).map { value in
        Unicode.Scalar(UInt32(value)).map(classify) ?? []
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let properties = scalar.properties
        var result: ScalarClass = properties.isWhitespace ? .whitespace : []
        if scalar == "\r" || scalar == "\n" { result.insert(.lineBreak) }
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: result.formUnion([.letter, .upper])
        case .lowercaseLetter: result.formUnion([.letter, .lower])
        case .modifierLetter, .otherLetter: result.formUnion([.letter, .upper, .lower])
        case .nonspacingMark, .spacingMark, .enclosingMark: result.formUnion([.upper, .lower])
        case .decimalNumber, .letterNumber, .otherNumber: result.insert(.number)
        default: break
        }
        return result
    }
}
