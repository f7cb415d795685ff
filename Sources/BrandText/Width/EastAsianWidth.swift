/// The Unicode `East_Asian_Width` property (UAX #11).
///
/// Raw values follow `EAST_ASIAN_WIDTHS` in `scripts/unicode/generate_tables.py`.
public enum EastAsianWidth: UInt8, CaseIterable, Sendable, Hashable {
    /// Neutral (`N`): not East Asian, e.g. Arabic, Devanagari.
    case neutral = 0
    /// Ambiguous (`A`): wide in East Asian legacy encodings, narrow elsewhere, e.g. `°`, `±`, Greek letters.
    case ambiguous = 1
    /// Halfwidth (`H`), e.g. halfwidth katakana `ｱ`.
    case halfwidth = 2
    /// Fullwidth (`F`), e.g. fullwidth `Ａ`.
    case fullwidth = 3
    /// Narrow (`Na`), e.g. ASCII.
    case narrow = 4
    /// Wide (`W`), e.g. CJK ideographs, kana, Hangul syllables, emoji with emoji presentation.
    case wide = 5
}

/// The `East_Asian_Width` of a scalar (UCD 15.0 EastAsianWidth.txt).
public func eastAsianWidth(of scalar: Unicode.Scalar) -> EastAsianWidth {
    eastAsianWidth(of: scalar, using: UnicodeTables.eastAsianWidth)
}

@inline(__always)
func eastAsianWidth(of scalar: Unicode.Scalar, using table: RangeTable) -> EastAsianWidth {
    if scalar.value >= 0x20 && scalar.value < 0x7F { return .narrow }
    return EastAsianWidth(rawValue: table.value(scalar.value)) ?? .neutral
}

/// Whether the scalar is a `Default_Ignorable_Code_Point` (UCD 15.0 DerivedCoreProperties.txt):
/// invisible unless a renderer chooses to show it, e.g. ZWSP, ZWJ, soft hyphen, variation selectors.
public func isDefaultIgnorable(_ scalar: Unicode.Scalar) -> Bool {
    isDefaultIgnorable(scalar, using: UnicodeTables.defaultIgnorable)
}

@inline(__always)
func isDefaultIgnorable(_ scalar: Unicode.Scalar, using table: RangeTable) -> Bool {
    let value = scalar.value
    // Most text lives where there is no ignorable: ASCII, U+0700–U+115E (after ALM, before the
    // Hangul fillers) and U+3400–U+FDFF (CJK, Hangul syllables). The conformance test checks it.
    if value < 0xAD || (value >= 0x700 && value < 0x115F) || (value >= 0x3400 && value < 0xFE00) { return false }
    return table.value(value) == 1
}
