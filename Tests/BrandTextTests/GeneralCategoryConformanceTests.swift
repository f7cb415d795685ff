@testable import BrandText
import Testing

/// The internal General_Category table against extracted/DerivedGeneralCategory.txt, every code point.
@Suite("General_Category conformance (needs /usr/share/unicode or BRANDC_UCD)", .enabled(if: UCDFiles.isAvailable))
struct GeneralCategoryConformanceTests {
    @Test func generalCategoryOfEveryCodePointMatchesDerivedGeneralCategory() throws {
        let byShortName: [String: GeneralCategory] = [
            "Cn": .unassigned, "Lu": .uppercaseLetter, "Ll": .lowercaseLetter, "Lt": .titlecaseLetter,
            "Lm": .modifierLetter, "Lo": .otherLetter, "Mn": .nonspacingMark, "Mc": .spacingMark,
            "Me": .enclosingMark, "Nd": .decimalNumber, "Nl": .letterNumber, "No": .otherNumber,
            "Pc": .connectorPunctuation, "Pd": .dashPunctuation, "Ps": .openPunctuation, "Pe": .closePunctuation,
            "Pi": .initialPunctuation, "Pf": .finalPunctuation, "Po": .otherPunctuation, "Sm": .mathSymbol,
            "Sc": .currencySymbol, "Sk": .modifierSymbol, "So": .otherSymbol, "Zs": .spaceSeparator,
            "Zl": .lineSeparator, "Zp": .paragraphSeparator, "Cc": .control, "Cf": .format, "Cs": .surrogate,
            "Co": .privateUse,
        ]
        var expected = [GeneralCategory](repeating: .unassigned, count: 0x110000)
        for (first, last, fields) in try UCDFiles.ranges("extracted/DerivedGeneralCategory.txt").data {
            let category = try #require(byShortName[fields[0]], "unknown category \(fields[0])")
            for codePoint in first...last { expected[Int(codePoint)] = category }
        }
        var mismatches: [String] = []
        let lookup = UnicodeLookup()
        for codePoint in 0..<0x110000 {
            guard let scalar = Unicode.Scalar(UInt32(codePoint)) else { continue }
            if generalCategory(of: scalar) != expected[codePoint] || lookup.generalCategory(of: scalar) != expected[codePoint] {
                mismatches.append(String(codePoint, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10))")
    }
}
