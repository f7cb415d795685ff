/// How to count East Asian Ambiguous characters (`°`, `±`, `×`, Greek and Cyrillic letters…),
/// which East Asian fonts draw wide and other fonts narrow.
public enum AmbiguousWidth: Sendable, Hashable {
    /// One column: the right choice outside Chinese, Japanese and Korean copy.
    case narrow
    /// Two columns: how CJK fonts and terminals in CJK locales draw them.
    case wide
}

/// The columns one scalar takes on its own, in the manner of `wcwidth`:
///
/// - 0 for C0/C1 controls, combining marks (Mn, Me, Mc: they sit on or against their base),
///   format characters (Cf), Default_Ignorable_Code_Point characters (ZWSP, ZWJ, soft hyphen,
///   variation selectors…) and Hangul medial vowels and final consonants (they join the
///   leading consonant's block);
/// - 2 for East_Asian_Width Wide and Fullwidth;
/// - `ambiguousWidth` for Ambiguous; 1 for everything else.
///
/// All properties come from the UCD 15.0 tables, except that emoji are recognised with the
/// stdlib's newer emoji data (see the `Character` and `String` overloads).
public func displayWidth(of scalar: Unicode.Scalar, ambiguousWidth: AmbiguousWidth = .narrow) -> Int {
    displayWidth(of: scalar, ambiguousWidth: ambiguousWidth, lookup: UnicodeLookup())
}

func displayWidth(of scalar: Unicode.Scalar, ambiguousWidth: AmbiguousWidth, lookup: UnicodeLookup) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
    switch lookup.generalCategory(of: scalar) {
    case .nonspacingMark, .enclosingMark, .spacingMark, .format: return 0
    default: break
    }
    if lookup.isDefaultIgnorable(scalar) { return 0 }
    switch lookup.eastAsianWidth(of: scalar) {
    case .wide, .fullwidth: return 2
    case .ambiguous: return ambiguousWidth == .wide ? 2 : 1
    case .neutral, .narrow, .halfwidth: return 1
    }
}
