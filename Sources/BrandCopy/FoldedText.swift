import Foundation

/// A text folded for matching (decomposed, optionally case-folded, stripped of optional marks),
/// with the original scalar each folded scalar came from, so a match maps back to the copy.
struct FoldedText {
    let scalars: [Unicode.Scalar]
    /// `origin[i]` is the offset, in the original text's scalars, of the scalar `scalars[i]` came from.
    let origin: [Int]
    /// The original text's length in scalars.
    let originalCount: Int

    init(_ text: String, options: MatchOptions) {
        var scalars: [Unicode.Scalar] = []
        var origin: [Int] = []
        var count = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            for folded in FoldedText.fold(scalar, options) {
                scalars.append(folded)
                origin.append(offset)
            }
            count += 1
        }
        self.scalars = scalars
        self.origin = origin
        self.originalCount = count
    }

    /// What one scalar becomes: decomposed, folded, without ignorables and (if asked) optional marks.
    static func fold(_ scalar: Unicode.Scalar, _ options: MatchOptions) -> [Unicode.Scalar] {
        if scalar.properties.isDefaultIgnorableCodePoint { return [] }
        var result: [Unicode.Scalar]
        if scalar.isASCII {
            result = [scalar]
        } else {
            let single = String(scalar)
            let decomposed = options.compatibility
                ? single.decomposedStringWithCompatibilityMapping : single.decomposedStringWithCanonicalMapping
            result = Array(decomposed.unicodeScalars)
        }
        if options.ignoresCase {
            result = caseFolded(result)
            if !result.allSatisfy(\.isASCII) {
                result = Array(String(String.UnicodeScalarView(result)).decomposedStringWithCanonicalMapping.unicodeScalars)
            }
        }
        if options.ignoresMarks { result.removeAll(where: isOptionalMark) }
        return result
    }

    /// The marks a reader may write or leave out without changing the word.
    static func isOptionalMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return true  // combining diacritics (Latin, Greek, Cyrillic)
        case 0x0591...0x05BD, 0x05BF, 0x05C1...0x05C2, 0x05C4...0x05C5, 0x05C7:
            return true  // Hebrew cantillation and niqqud
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7...0x06E8, 0x06EA...0x06ED, 0x0640:
            return true  // Arabic harakat, Quranic marks and tatweel
        case 0x093C:
            return true  // Devanagari nukta (क़ decomposes to क + U+093C)
        default:
            return false
        }
    }
}
