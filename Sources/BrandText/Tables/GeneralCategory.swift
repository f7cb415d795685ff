/// The `General_Category` of a scalar from the generated UCD 15.0 table.
///
/// The scans use this rather than `Unicode.Scalar.Properties.generalCategory`, which costs
/// several times as much per scalar. Code points unassigned in 15.0 are `.unassigned` here even
/// where the stdlib's newer Unicode assigns them; `CodePointStatus` asks the stdlib on purpose.
@inline(__always)
func generalCategory(of scalar: Unicode.Scalar) -> Unicode.GeneralCategory {
    GeneralCategoryTable.categories[Int(UnicodeTables.generalCategory.value(scalar.value))]
}

enum GeneralCategoryTable {
    /// Indexed by the generated values; the order is `GENERAL_CATEGORIES` in the generator.
    static let categories: [Unicode.GeneralCategory] = [
        .unassigned, .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
        .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
        .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
        .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format, .surrogate, .privateUse,
    ]
}

extension Unicode.GeneralCategory {
    /// Lu, Ll, Lt, Lm, Lo.
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    /// Mn, Mc, Me.
    var isMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}
