/// The invisible characters in `text` (see `InvisibleCharacter`). A BOM at the very start is not
/// reported. ZWJ and ZWNJ are legitimate, and left out unless `includingLegitimate`, when:
///
/// - a ZWJ joins two emoji (`👩‍💻`, `🏳️‍🌈`: the scalar before it may be a skin-tone modifier or
///   U+FE0F);
/// - a ZWJ or ZWNJ stands between a letter (possibly followed by marks, such as a virama) and a
///   letter, both of one joining script: Arabic and its Persian/Urdu letters, Syriac, N'Ko,
///   Mongolian, and the Brahmic scripts of South and South-East Asia (see `joiningScripts`).
///
/// One pass; the context of a joiner is looked at only when a joiner occurs.
public func invisibleCharacters(in text: String, includingLegitimate: Bool = false) -> [InvisibleCharacterFinding] {
    var pending: [(offset: Int, character: InvisibleCharacter, isLegitimate: Bool)] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var offset = 0
    while index != scalars.endIndex {
        let scalar = scalars[index]
        if scalar.value >= 0xAD, let invisible = InvisibleCharacter(scalar) {
            switch invisible {
            case .zeroWidthJoiner, .zeroWidthNonJoiner:
                let legitimate = joinerIsLegitimate(invisible, at: index, in: scalars)
                pending.append((offset, invisible, legitimate))
            case .byteOrderMark where offset == 0:
                break
            default:
                pending.append((offset, invisible, false))
            }
        }
        scalars.formIndex(after: &index)
        offset += 1
    }
    let reported = includingLegitimate ? pending : pending.filter { !$0.isLegitimate }
    guard !reported.isEmpty else { return [] }
    let positions = text.positions(ofScalarOffsets: reported.map(\.offset))
    return zip(reported, positions).map { entry, position in
        InvisibleCharacterFinding(character: entry.character, position: position, isLegitimate: entry.isLegitimate)
    }
}

private func joinerIsLegitimate(
    _ joiner: InvisibleCharacter, at index: String.Index, in scalars: String.UnicodeScalarView
) -> Bool {
    guard index != scalars.startIndex else { return false }
    let nextIndex = scalars.index(after: index)
    guard nextIndex != scalars.endIndex else { return false }
    let next = scalars[nextIndex]
    let before = scalars[scalars.index(before: index)]
    if joiner == .zeroWidthJoiner && isEmojiSequencePart(before) && isEmojiSequencePart(next) { return true }
    guard isLetter(next), let letter = letterBefore(index, in: scalars) else { return false }
    return !scriptExtensions(of: letter).intersection(joiningScripts).intersection(scriptExtensions(of: next)).isEmpty
}

/// The letter before `index`, skipping the combining marks (a virama, vowel signs) after it.
private func letterBefore(_ index: String.Index, in scalars: String.UnicodeScalarView) -> Unicode.Scalar? {
    var position = index
    while position != scalars.startIndex {
        scalars.formIndex(before: &position)
        let scalar = scalars[position]
        switch generalCategory(of: scalar) {
        case .nonspacingMark, .spacingMark, .enclosingMark: continue
        default: return isLetter(scalar) ? scalar : nil
        }
    }
    return nil
}

private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch generalCategory(of: scalar) {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
    default: false
    }
}

/// Whether a scalar can stand next to a ZWJ inside an emoji ZWJ sequence. ASCII digits, `#`
/// and `*` have the Emoji property (for keycaps) but never join.
private func isEmojiSequencePart(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0xFE0F || (scalar.value >= 0x80 && scalar.properties.isEmoji)
}

/// The scripts in which ZWJ and ZWNJ control joining or conjunct formation between letters.
let joiningScripts = ScriptSet([
    .arabic, .syriac, .nko, .mongolian, .mandaic, .manichaean, .psalterPahlavi, .adlam, .hanifiRohingya,
    .sogdian, .oldUyghur,
    .devanagari, .bengali, .gurmukhi, .gujarati, .oriya, .tamil, .telugu, .kannada, .malayalam, .sinhala,
    .myanmar, .khmer, .tibetan, .balinese, .javanese, .sundanese, .newa, .sharada, .grantha, .tirhuta,
])
