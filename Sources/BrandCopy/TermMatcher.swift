/// A term found in copy: the scalars `scalarOffset..<scalarOffset+scalarLength` of the copy, and
/// the copy's own text there (which may differ from the term in case, marks or width).
public struct TermMatch: Hashable, Sendable {
    public var scalarOffset: Int
    public var scalarLength: Int
    public var matchedText: String
}

/// Finds a term in copy the way a reader would: folded as `MatchOptions` say, and at word
/// boundaries in every script (see `WordBoundaries`), never inside a longer word.
public struct TermMatcher: Sendable {
    public let term: String
    public let options: MatchOptions
    private let folded: [Unicode.Scalar]

    public init(_ term: String, options: MatchOptions = MatchOptions()) {
        self.term = term
        self.options = options
        self.folded = FoldedText(term, options: options).scalars
    }

    /// Every non-overlapping match of the term in `text`, in order. `boundaries` may be passed in
    /// when several terms are matched against one text, so it is segmented once.
    public func matches(in text: String, locale: String = "", boundaries: WordBoundaries? = nil) -> [TermMatch] {
        guard !folded.isEmpty else { return [] }
        let haystack = FoldedText(text, options: options)
        guard haystack.scalars.count >= folded.count else { return [] }
        let words = options.wholeWords ? boundaries ?? WordBoundaries(of: text, locale: locale) : nil
        let original = Array(text.unicodeScalars)
        var found: [TermMatch] = []
        var start = 0
        while start + folded.count <= haystack.scalars.count {
            guard haystack.scalars[start] == folded[0],
                haystack.scalars[start..<start + folded.count].elementsEqual(folded),
                let range = originalRange(of: start..<start + folded.count, in: haystack),
                words.map({ $0.contains(range.lowerBound) && $0.contains(range.upperBound) }) ?? true
            else {
                start += 1
                continue
            }
            let text = String(String.UnicodeScalarView(original[range]))
            found.append(TermMatch(scalarOffset: range.lowerBound, scalarLength: range.count, matchedText: text))
            start += folded.count
        }
        return found
    }

    /// The original scalars a folded range came from, or `nil` when the range starts or ends inside
    /// the expansion of one original scalar (`ﬁ` folded to `fi` does not match the term `i`).
    /// Marks and ignorables folded away right after the match belong to it.
    private func originalRange(of range: Range<Int>, in text: FoldedText) -> Range<Int>? {
        let first = text.origin[range.lowerBound]
        if range.lowerBound > 0, text.origin[range.lowerBound - 1] == first { return nil }
        let last = text.origin[range.upperBound - 1]
        if range.upperBound < text.scalars.count, text.origin[range.upperBound] == last { return nil }
        let end = range.upperBound < text.scalars.count ? text.origin[range.upperBound] : text.originalCount
        return first..<end
    }
}
