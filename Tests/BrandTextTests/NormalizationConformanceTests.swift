@testable import BrandText
import Foundation
import Testing

/// The NFC quick-check table against DerivedNormalizationProps.txt, and `isNFC` against a full
/// normalization for single scalars and scalars followed by combining marks.
@Suite("NFC conformance (needs /usr/share/unicode or BRANDC_UCD)", .enabled(if: UCDFiles.isAvailable))
struct NormalizationConformanceTests {
    @Test func quickCheckOfEveryCodePointMatchesDerivedNormalizationProps() throws {
        // Yes by default; Maybe where unassigned in this version (see the generator); then the file.
        var expected = [QuickCheckResult](repeating: .maybe, count: 0x110000)
        for (first, last, _) in try UCDFiles.ranges("DerivedAge.txt").data {
            for codePoint in first...last { expected[Int(codePoint)] = .yes }
        }
        for (first, last, fields) in try UCDFiles.ranges("DerivedNormalizationProps.txt").data where fields[0] == "NFC_QC" {
            for codePoint in first...last { expected[Int(codePoint)] = fields[1] == "N" ? .no : .maybe }
        }
        var mismatches: [String] = []
        for codePoint in 0..<0x110000 {
            guard let scalar = Unicode.Scalar(UInt32(codePoint)) else { continue }
            // A lone scalar with a nonzero combining class cannot fail the ordering check.
            if nfcQuickCheck(String(Character(scalar))) != expected[codePoint] {
                mismatches.append(String(codePoint, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10))")
    }
}

/// `isNFC` (quick check first) against comparing with a full normalization.
@Suite struct NFCQuickCheckAgreementTests {
    @Test func isNFCAgreesWithFullNormalization() {
        var disagreements: [String] = []
        for value in stride(from: UInt32(0x80), to: 0x30000, by: 3) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            for text in [String(Character(scalar)), String(Character(scalar)) + "\u{301}", String(Character(scalar)) + "\u{334}\u{301}"] {
                let full = text.unicodeScalars.elementsEqual(nfc(text).unicodeScalars)
                if isNFC(text) != full { disagreements.append(String(value, radix: 16)) }
            }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(10))")
    }
}
