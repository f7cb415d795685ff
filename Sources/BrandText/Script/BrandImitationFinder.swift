/// Finds words imitating one brand name, with the brand's skeleton computed once: make one per
/// brand and run it over every product title.
public struct BrandImitationFinder: Sendable {
    /// The brand name as given.
    public let brand: String
    private let brandSkeleton: String
    private let brandSkeletonStart: Unicode.Scalar?
    private let brandLetters: String
    private let brandSkeletonStartsWithASCIILetterOrDigit: Bool

    /// A finder for `brand`, which should be one word; check a multi-word name word by word.
    public init(brand: String) {
        self.brand = brand
        brandSkeleton = confusableSkeleton(of: brand)
        brandSkeletonStart = brandSkeleton.unicodeScalars.first
        brandLetters = nfc(brand).lowercased()
        brandSkeletonStartsWithASCIILetterOrDigit = brandSkeletonStart.map(isASCIILetterOrDigit) ?? false
    }

    /// The words of `text` that imitate the brand (see `isConfusable(_:withBrand:)`). One pass;
    /// a skeleton is built only for a non-ASCII word whose first scalar could start the brand's.
    public func imitations(in text: String) -> [Substring] {
        var result: [Substring] = []
        var wordStart: String.Index?
        let scalars = text.unicodeScalars
        let lookup = UnicodeLookup()
        var index = scalars.startIndex
        while index != scalars.endIndex {
            if isWordScalar(scalars[index], lookup: lookup) {
                if wordStart == nil { wordStart = index }
            } else if let start = wordStart {
                if isImitation(text[start..<index], lookup: lookup) { result.append(text[start..<index]) }
                wordStart = nil
            }
            scalars.formIndex(after: &index)
        }
        if let start = wordStart, isImitation(text[start...], lookup: lookup) { result.append(text[start...]) }
        return result
    }

    /// Whether `word` imitates the brand.
    public func isImitation(_ word: Substring) -> Bool {
        isImitation(word, lookup: UnicodeLookup())
    }

    private func isImitation(_ word: Substring, lookup: UnicodeLookup) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        // A word starting in a script other than Latin, Greek or Cyrillic cannot imitate a Latin
        // brand: no such letter's skeleton starts with an ASCII letter or digit (a test checks
        // every code point).
        if brandSkeletonStartsWithASCIILetterOrDigit && !first.isASCII {
            let firstScript = lookup.script(of: first)
            if firstScript.isSpecific && firstScript != .latin && firstScript != .greek && firstScript != .cyrillic {
                return false
            }
        }
        // Pure-ASCII words cannot imitate: their skeleton is their lowercase form.
        guard !word.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        // Most words are ruled out by their first scalar, without building a skeleton.
        if let known = skeletonStart(of: word.unicodeScalars), known != brandSkeletonStart { return false }
        let wordText = String(word)
        return confusableSkeleton(of: wordText) == brandSkeleton && nfc(wordText).lowercased() != brandLetters
    }
}

func isASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
    default: false
    }
}
