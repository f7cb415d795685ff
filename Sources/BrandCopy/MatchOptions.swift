/// How a copy rule compares its term with the copy. Text and term are always compared canonically
/// decomposed (NFD), so a precomposed `é` matches `e` + U+0301, and default-ignorable characters
/// (ZWSP, ZWJ, soft hyphen) never hide a term.
public struct MatchOptions: Hashable, Sendable {
    /// Compare by Unicode full case folding (`DETOX`, `Detox` match `detox`; `STRASSE` matches `straße`).
    public var ignoresCase: Bool
    /// Ignore the optional marks of a script: Latin and other combining diacritics, Arabic harakat
    /// and tatweel, Hebrew niqqud and cantillation, the Devanagari nukta (`क़` matches `क`).
    public var ignoresMarks: Bool
    /// Compare under compatibility decomposition (NFKC/NFKD): full-width `ｄｅｔｏｘ` and the ligature
    /// `ﬁ` match `detox` and `fi`.
    public var compatibility: Bool
    /// Match only at word boundaries (UAX #29 with dictionary segmentation), not inside a word.
    public var wholeWords: Bool

    public init(ignoresCase: Bool = true, ignoresMarks: Bool = true, compatibility: Bool = false, wholeWords: Bool = true) {
        self.ignoresCase = ignoresCase
        self.ignoresMarks = ignoresMarks
        self.compatibility = compatibility
        self.wholeWords = wholeWords
    }
}
