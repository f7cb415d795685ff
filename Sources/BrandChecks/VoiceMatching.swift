import BrandCopy

extension MatchOptions {
    /// How every voice rule looks for its words in copy (banned terms, trademarks, substitutions,
    /// forbidden claims): loosely, as whole words in any case, width or marking, so that every
    /// spelling of a word is found and the rules agree on what "the same word" is.
    static let voiceWords = MatchOptions(ignoresCase: true, ignoresMarks: true, compatibility: true, wholeWords: true)
}
