/// The Unicode `General_Category` values, in the order of `GENERAL_CATEGORIES` in
/// `scripts/unicode/generate_tables.py` (the raw values are the generated table's values).
///
/// BrandText's own type rather than the stdlib's `Unicode.GeneralCategory`: that enum is
/// resilient, so every comparison goes through the stdlib's value witnesses, which the per-scalar
/// scans feel.
enum GeneralCategory: UInt8 {
    case unassigned = 0
    case uppercaseLetter, lowercaseLetter, titlecaseLetter, modifierLetter, otherLetter
    case nonspacingMark, spacingMark, enclosingMark
    case decimalNumber, letterNumber, otherNumber
    case connectorPunctuation, dashPunctuation, openPunctuation, closePunctuation, initialPunctuation
    case finalPunctuation, otherPunctuation
    case mathSymbol, currencySymbol, modifierSymbol, otherSymbol
    case spaceSeparator, lineSeparator, paragraphSeparator
    case control, format, surrogate, privateUse

    /// Lu, Ll, Lt, Lm, Lo.
    var isLetter: Bool { rawValue >= 1 && rawValue <= 5 }

    /// Mn, Mc, Me.
    var isMark: Bool { rawValue >= 6 && rawValue <= 8 }
}

/// The `General_Category` of a scalar from the generated UCD 15.0 table.
///
/// The scans use this rather than `Unicode.Scalar.Properties.generalCategory`, which costs
/// several times as much per scalar. Code points unassigned in 15.0 are `.unassigned` here even
/// where the stdlib's newer Unicode assigns them; `CodePointStatus` asks the stdlib on purpose.
@inline(__always)
func generalCategory(of scalar: Unicode.Scalar) -> GeneralCategory {
    GeneralCategory(rawValue: UnicodeTables.generalCategory.value(scalar.value)) ?? .unassigned
}
