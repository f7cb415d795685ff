/// The invisible characters in `text` (see `InvisibleCharacter`). A BOM at the very start is not
/// reported. ZWJ and ZWNJ are legitimate, and left out unless `includingLegitimate`, when:
///
/// - a ZWJ joins two emoji (`👩‍💻`, `🏳️‍🌈`: the scalar before it may be a skin-tone modifier or
///   U+FE0F);
/// - a ZWJ or ZWNJ stands between a letter (possibly followed by marks, such as a virama) and a
///   letter, both of one joining script: Arabic and its Persian/Urdu letters, Syriac, N'Ko,
///   Mongolian, and the Brahmic scripts of South and South-East Asia (see `joiningScripts`).
public func invisibleCharacters(in text: String, includingLegitimate: Bool = false) -> [InvisibleCharacterFinding] {
    var pending: [(offset: Int, character: InvisibleCharacter, isLegitimate: Bool)] = []
    // The script set of the last letter before the current scalar, with only marks after it.
    var letterBefore: ScriptSet?
    var scalarBefore: Unicode.Scalar?
    // A joiner waiting for the next scalar to decide whether it is legitimate.
    var waitingJoiner: (offset: Int, character: InvisibleCharacter, letterBefore: ScriptSet?, emojiBefore: Bool)?
    var offset = 0
    for scalar in text.unicodeScalars {
        defer {
            scalarBefore = scalar
            offset += 1
        }
        let isASCII = scalar.value < 0x80
        if let joiner = waitingJoiner {
            let legitimate = joinerIsLegitimate(joiner.character, letterBefore: joiner.letterBefore,
                                                emojiBefore: joiner.emojiBefore, next: scalar)
            pending.append((joiner.offset, joiner.character, legitimate))
            waitingJoiner = nil
        }
        if isASCII {
            letterBefore = nil
            continue
        }
        guard let invisible = InvisibleCharacter(scalar) else {
            letterBefore = updatedLetterBefore(letterBefore, with: scalar)
            continue
        }
        switch invisible {
        case .zeroWidthJoiner, .zeroWidthNonJoiner:
            let emojiBefore = scalarBefore.map(isEmojiSequencePart) ?? false
            waitingJoiner = (offset, invisible, letterBefore, emojiBefore)
            // The letter before stays: a ZWNJ after a virama still belongs to that letter.
            continue
        case .byteOrderMark where offset == 0:
            continue
        default:
            pending.append((offset, invisible, false))
            letterBefore = nil
        }
    }
    if let joiner = waitingJoiner {
        pending.append((joiner.offset, joiner.character, false))
    }
    let reported = includingLegitimate ? pending : pending.filter { !$0.isLegitimate }
    guard !reported.isEmpty else { return [] }
    let positions = text.positions(ofScalarOffsets: reported.map(\.offset))
    return zip(reported, positions).map { entry, position in
        InvisibleCharacterFinding(character: entry.character, position: position, isLegitimate: entry.isLegitimate)
    }
}

/// The letter context after `scalar`: a letter starts a new one, a mark keeps the old one,
/// anything else clears it.
private func updatedLetterBefore(_ previous: ScriptSet?, with scalar: Unicode.Scalar) -> ScriptSet? {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
        return scriptExtensions(of: scalar).intersection(joiningScripts)
    case .nonspacingMark, .spacingMark, .enclosingMark:
        return previous
    default:
        return nil
    }
}

private func joinerIsLegitimate(
    _ joiner: InvisibleCharacter, letterBefore: ScriptSet?, emojiBefore: Bool, next: Unicode.Scalar
) -> Bool {
    if joiner == .zeroWidthJoiner && emojiBefore && isEmojiSequencePart(next) { return true }
    guard let before = letterBefore, !before.isEmpty else { return false }
    switch next.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
        return !scriptExtensions(of: next).intersection(before).isEmpty
    default:
        return false
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
