import Foundation

/// Whether `text` is in Unicode Normalization Form C.
///
/// Runs the UAX #15 quick check first (NFC_Quick_Check from UCD 15.0 plus canonical ordering),
/// which decides almost all real text in one pass without allocating; only an undecided ("Maybe")
/// text, such as one holding a combining mark that could compose, is compared with its NFC form.
public func isNFC(_ text: String) -> Bool {
    switch nfcQuickCheck(text) {
    case .yes: true
    case .no: false
    case .maybe: text.unicodeScalars.elementsEqual(nfc(text).unicodeScalars)
    }
}

/// `text` in Unicode Normalization Form C (Foundation's canonical precomposition; the
/// toolchain's Unicode version, not the UCD 15.0 of the generated tables).
public func nfc(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping
}

enum QuickCheckResult {
    case yes, no, maybe
}

/// The UAX #15 NFC quick check. A code point unassigned in UCD 15.0 makes the result Maybe at
/// once, so characters added later are judged by the same normalizer `nfc(_:)` uses.
func nfcQuickCheck(_ text: String) -> QuickCheckResult {
    var result = QuickCheckResult.yes
    var lastCombiningClass: UInt8 = 0
    for scalar in text.unicodeScalars {
        // No scalar below U+0300 has a nonzero combining class or a quick-check value other than Yes.
        guard scalar.value >= 0x300 else {
            lastCombiningClass = 0
            continue
        }
        let quickCheck = UnicodeTables.nfcQuickCheck.value(scalar.value)
        if quickCheck == 3 { return .maybe }
        let combiningClass = scalar.properties.canonicalCombiningClass.rawValue
        if combiningClass != 0 && lastCombiningClass > combiningClass { return .no }
        switch quickCheck {
        case 2: return .no
        case 1: result = .maybe
        default: break
        }
        lastCombiningClass = combiningClass
    }
    return result
}
