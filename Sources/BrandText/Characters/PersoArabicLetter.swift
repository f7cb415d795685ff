/// Arabic-script characters that Persian or Urdu use and Standard Arabic does not, so a rule can
/// say "this `ar` copy is written with Persian letters" (or the reverse check for `fa`/`ur`).
public enum PersoArabicLetter: Hashable, Sendable {
    /// Persian letters, also used in Urdu: پ چ ژ گ, KEHEH ک (U+06A9; Arabic uses KAF ك) and
    /// FARSI YEH ی (U+06CC; Arabic uses YEH ي or ALEF MAKSURA ى).
    case persian
    /// Letters specific to Urdu: ٹ ڈ ڑ ں ھ ہ ۂ ۃ ے ۓ.
    case urdu
    /// EXTENDED ARABIC-INDIC DIGITS ۰–۹ (U+06F0–U+06F9), Persian and Urdu digits; Arabic uses
    /// ARABIC-INDIC DIGITS ٠–٩ (U+0660–U+0669).
    case extendedArabicIndicDigit

    /// The class of a scalar, or nil for a letter Standard Arabic uses (or any other scalar).
    public init?(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC: self = .persian
        case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06BE, 0x06C1, 0x06C2, 0x06C3, 0x06D2, 0x06D3: self = .urdu
        case 0x06F0...0x06F9: self = .extendedArabicIndicDigit
        default: return nil
        }
    }
}

/// The Persian and Urdu letters and digits in `text` (see `PersoArabicLetter`).
public func persoArabicLetters(in text: String) -> [CharacterFinding<PersoArabicLetter>] {
    var collector = FindingCollector<PersoArabicLetter>()
    var offset = 0
    for scalar in text.unicodeScalars {
        if scalar.value >= 0x0679 && scalar.value <= 0x06F9, let letter = PersoArabicLetter(scalar) {
            collector.add(letter, scalar, at: offset)
        }
        offset += 1
    }
    return collector.findings(in: text)
}
