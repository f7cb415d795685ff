import Foundation

/// Whether `text` is in Unicode Normalization Form C.
///
/// Text whose scalars are all below U+0300 is NFC without further work (no scalar there
/// decomposes or combines under canonical mapping); anything else is compared with its NFC form.
public func isNFC(_ text: String) -> Bool {
    if text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return true }
    return text.unicodeScalars.elementsEqual(nfc(text).unicodeScalars)
}

/// `text` in Unicode Normalization Form C (Foundation's canonical precomposition; the
/// toolchain's Unicode version, not the UCD 15.0 of the generated tables).
public func nfc(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping
}
