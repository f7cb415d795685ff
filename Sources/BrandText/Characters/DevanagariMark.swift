/// A Devanagari combining sign without the letter it must attach to. Fonts draw such a sign on a
/// dotted circle (◌ि), a visible defect in a headline; typical causes are a stray space, copy cut
/// in the middle of a syllable, or a mark typed twice.
public enum DevanagariMarkProblem: Hashable, Sendable {
    /// A dependent vowel sign (matra, e.g. `ि` U+093F, `ा` U+093E) not after a consonant.
    case orphanVowelSign
    /// A virama (halant, `्` U+094D) not after a consonant.
    case orphanVirama
    /// A nukta (`़` U+093C) not directly after a consonant.
    case orphanNukta
    /// A candrabindu, anusvara or visarga (U+0900–U+0903) with no letter or vowel sign before it.
    case orphanSign
}

/// The Devanagari signs in `text` that lack a valid base (see `DevanagariMarkProblem`).
///
/// A valid base is a consonant (U+0915–U+0939, U+0958–U+095F, U+0978–U+097F), optionally with a
/// nukta; U+25CC DOTTED CIRCLE and U+00A0 NO-BREAK SPACE also count, being the standard ways to
/// show a sign on its own. Candrabindu, anusvara and visarga may also follow an independent vowel
/// (`अं`), a vowel sign (`किं`), ॐ or another such sign. ZWJ and ZWNJ after a virama keep the
/// virama's context (explicit half forms, `क्‍ष`).
public func devanagariMarkProblems(in text: String) -> [CharacterFinding<DevanagariMarkProblem>] {
    var collector = FindingCollector<DevanagariMarkProblem>()
    var previous = DevanagariContext.other
    var offset = 0
    for scalar in text.unicodeScalars {
        defer { offset += 1 }
        let value = scalar.value
        guard value >= 0xA0 else {
            previous = .other
            continue
        }
        let category = DevanagariCategory(scalar)
        switch category {
        case .nukta:
            if previous != .consonant { collector.add(.orphanNukta, scalar, at: offset) }
            previous = previous == .consonant ? .consonantWithNukta : .other
        case .vowelSign:
            if !previous.isConsonant { collector.add(.orphanVowelSign, scalar, at: offset) }
            previous = .vowelSign
        case .virama:
            if !previous.isConsonant { collector.add(.orphanVirama, scalar, at: offset) }
            previous = .virama
        case .sign:
            if previous == .other || previous == .virama { collector.add(.orphanSign, scalar, at: offset) }
            previous = .sign
        case .consonant, .placeholder:
            previous = .consonant
        case .independentVowel:
            previous = .independentVowel
        case .joiner:
            if previous != .virama { previous = .other }
        case .otherMark:
            continue
        case .other:
            previous = .other
        }
    }
    return collector.findings(in: text)
}

/// What the scalar before a sign was, as far as the sign's validity is concerned.
private enum DevanagariContext {
    case consonant, consonantWithNukta, vowelSign, virama, sign, independentVowel, other

    var isConsonant: Bool { self == .consonant || self == .consonantWithNukta }
}

/// The classes of scalars the Devanagari check distinguishes.
private enum DevanagariCategory {
    case consonant, placeholder, independentVowel, nukta, vowelSign, virama, sign, joiner, otherMark, other

    init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0915...0x0939, 0x0958...0x095F, 0x0978...0x097F: self = .consonant
        case 0x25CC, 0x00A0: self = .placeholder
        case 0x0904...0x0914, 0x0960...0x0961, 0x0972...0x0977, 0x0950: self = .independentVowel
        case 0x093C: self = .nukta
        case 0x093A, 0x093B, 0x093E...0x094C, 0x094E, 0x094F, 0x0955...0x0957, 0x0962, 0x0963: self = .vowelSign
        case 0x094D: self = .virama
        case 0x0900...0x0903: self = .sign
        case 0x200C, 0x200D: self = .joiner
        // Vedic tone marks and other Inherited marks ride on whatever is there.
        case 0x0951...0x0954, 0x1CD0...0x1CFF, 0xA8E0...0xA8F1: self = .otherMark
        default: self = .other
        }
    }
}
