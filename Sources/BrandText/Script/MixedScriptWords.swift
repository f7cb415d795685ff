/// A word whose letters cannot all belong to one script, such as `Acmе` with a Cyrillic `е`.
public struct MixedScriptWord: Hashable, Sendable {
    /// The word.
    public var text: Substring
    /// The word's extent in the string's `unicodeScalars`.
    public var scalarOffsets: Range<Int>
    /// Where the word starts.
    public var position: TextPosition
    /// The specific scripts of its letters, e.g. Latin and Cyrillic.
    public var scripts: ScriptSet

    public init(text: Substring, scalarOffsets: Range<Int>, position: TextPosition, scripts: ScriptSet) {
        self.text = text
        self.scalarOffsets = scalarOffsets
        self.position = position
        self.scripts = scripts
    }
}

/// The words of `text` whose letters mix scripts (UTS #39 single-script check on each word; see
/// `ResolvedScriptSet`). A word is a maximal run of letters, marks, decimal digits, ZWJ and ZWNJ;
/// Japanese and Korean mixing of Han with kana or Hangul is not mixing. O(n).
public func mixedScriptWords(in text: String) -> [MixedScriptWord] {
    var found: [(range: Range<String.Index>, offsets: Range<Int>, scripts: ScriptSet)] = []
    let scalars = text.unicodeScalars
    var wordStart: (index: String.Index, offset: Int)?
    var resolved = ResolvedScriptSet()
    let lookup = UnicodeLookup()
    var index = scalars.startIndex
    var offset = 0
    func endWord(at end: String.Index, offset endOffset: Int) {
        if let start = wordStart, resolved.isEmpty {
            // Rare, so the word's scripts are gathered only now, in a second look at the word.
            let scripts = ScriptSet(text.unicodeScalars[start.index..<end].lazy.map(script(of:)).filter(\.isSpecific))
            found.append((start.index..<end, start.offset..<endOffset, scripts))
        }
        wordStart = nil
    }
    while index != scalars.endIndex {
        let scalar = scalars[index]
        if isWordScalar(scalar, lookup: lookup) {
            if wordStart == nil {
                wordStart = (index, offset)
                resolved = ResolvedScriptSet()
            }
            resolved.add(scalar, lookup: lookup)
        } else {
            endWord(at: index, offset: offset)
        }
        scalars.formIndex(after: &index)
        offset += 1
    }
    endWord(at: scalars.endIndex, offset: offset)
    guard !found.isEmpty else { return [] }
    let positions = text.positions(ofScalarOffsets: found.map(\.offsets.lowerBound))
    return zip(found, positions).map { word, position in
        MixedScriptWord(text: text[word.range], scalarOffsets: word.offsets, position: position, scripts: word.scripts)
    }
}

/// Whether a scalar belongs inside a word: letters, marks, decimal digits, ZWNJ and ZWJ.
func isWordScalar(_ scalar: Unicode.Scalar, lookup: UnicodeLookup) -> Bool {
    let value = scalar.value
    if value < 0x80 {
        return (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) || (value >= 0x30 && value <= 0x39)
    }
    if value == 0x200C || value == 0x200D { return true }
    switch lookup.generalCategory(of: scalar) {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
         .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
        return true
    default:
        return false
    }
}
