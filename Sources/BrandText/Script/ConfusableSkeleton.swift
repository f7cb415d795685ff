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
public func brandImitations(of brand: String, in text: String) -> [Substring] {
    let brandSkeleton = confusableSkeleton(of: brand)
    let brandLetters = nfc(brand).lowercased()
    var result: [Substring] = []
    var wordStart: String.Index?
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    func check(until end: String.Index) {
        guard let start = wordStart else { return }
        wordStart = nil
        let word = text[start..<end]
        // Pure-ASCII words cannot imitate: their skeleton is their lowercase form.
        guard !word.utf8.allSatisfy({ $0 < 0x80 }) else { return }
        let wordText = String(word)
        if confusableSkeleton(of: wordText) == brandSkeleton && nfc(wordText).lowercased() != brandLetters {
            result.append(word)
        }
    }
    while index != scalars.endIndex {
        if isWordScalar(scalars[index]) {
            if wordStart == nil { wordStart = index }
        } else {
            check(until: index)
        }
        scalars.formIndex(after: &index)
    }
    check(until: scalars.endIndex)
    return result
}
