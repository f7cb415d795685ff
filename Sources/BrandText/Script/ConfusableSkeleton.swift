import Foundation

/// A simple confusable skeleton for brand-name spoofing checks: NFKC (so fullwidth `Ａｃｍｅ`
/// becomes `Acme`), then every Cyrillic and Greek letter that looks like a Latin letter replaced
/// by that Latin letter (see `latinLookalike(of:)`), then lowercased.
///
/// Not UTS #39's full skeleton (Debian ships no confusables.txt): it covers the cross-script
/// homoglyphs behind the usual "Cyrillic а in Acme" spoof, and nothing within Latin (`rn`/`m`).
public func confusableSkeleton(of text: String) -> String {
    var mapped = String.UnicodeScalarView()
    for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
        mapped.append(latinLookalike(of: scalar) ?? scalar)
    }
    return String(mapped).lowercased()
}

/// Whether `word` imitates `brand`: their skeletons are equal but the words are not the same
/// letters, ignoring case and normalization. `Acmе` (Cyrillic `е`) imitates `Acme`; `ACME` and
/// `Acme` itself do not.
public func isConfusable(_ word: some StringProtocol, withBrand brand: some StringProtocol) -> Bool {
    let wordText = String(word)
    let brandText = String(brand)
    guard confusableSkeleton(of: wordText) == confusableSkeleton(of: brandText) else { return false }
    return nfc(wordText).lowercased() != nfc(brandText).lowercased()
}

/// The words of `text` (runs of `isWordScalar` scalars) that imitate `brand` (see
/// `isConfusable(_:withBrand:)`). `brand` should be one word; check a multi-word name word by word.
/// To check many texts against one brand, make a `BrandImitationFinder` once.
public func brandImitations(of brand: String, in text: String) -> [Substring] {
    BrandImitationFinder(brand: brand).imitations(in: text)
}

/// The first scalar of a word's skeleton, when it is known without normalizing: ASCII letters
/// lowercase, lookalikes map to Latin, and a scalar that neither NFKC case folding nor lowercasing
/// changes stays itself, provided the next scalar cannot compose with it or reorder before it
/// (combining class 0 and NFC_Quick_Check Yes). Nil when only the full skeleton can tell.
func skeletonStart(of word: Substring.UnicodeScalarView) -> Unicode.Scalar? {
    var scalars = word.makeIterator()
    guard let first = scalars.next() else { return nil }
    if let second = scalars.next(), second.value >= 0x300 {
        let isInert = second.properties.canonicalCombiningClass.rawValue == 0
            && UnicodeTables.nfcQuickCheck.value(second.value) == 0
        guard isInert else { return nil }
    }
    let lowerBound = Unicode.Scalar(0x41 as UInt8)
    let upperBound = Unicode.Scalar(0x5A as UInt8)
    if first.value < 0x80 {
        return first >= lowerBound && first <= upperBound ? Unicode.Scalar(UInt8(first.value | 0x20)) : first
    }
    if let latin = latinLookalike(of: first) {
        return latin >= lowerBound && latin <= upperBound ? Unicode.Scalar(UInt8(latin.value | 0x20)) : latin
    }
    let properties = first.properties
    if properties.canonicalCombiningClass.rawValue != 0 || properties.changesWhenNFKCCaseFolded
        || properties.changesWhenLowercased {
        return nil
    }
    return first
}
