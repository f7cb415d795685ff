/// The columns one grapheme cluster takes: 2 for an emoji shown as emoji (a scalar with
/// Emoji_Presentation, an emoji followed by U+FE0F or a skin-tone modifier, a keycap, a flag or
/// a lone regional indicator, a ZWJ sequence); otherwise the sum of its scalars' widths, so a
/// base with combining marks is as wide as the base.
public func displayWidth(of character: Character, ambiguousWidth: AmbiguousWidth = .narrow) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x7F && scalars.count == 1 { return displayWidth(of: first) }
    if mayStartEmoji(first) && isEmojiPresentation(character, first: first) { return 2 }
    var width = 0
    let lookup = UnicodeLookup()
    for scalar in scalars {
        width += displayWidth(of: scalar, ambiguousWidth: ambiguousWidth, lookup: lookup)
    }
    return width
}

/// The columns a string takes: the sum of its grapheme clusters' widths (as
/// `displayWidth(of: Character)` counts them), computed over scalars without grapheme
/// segmentation: an emoji's U+FE0F widens it to 2, and a skin-tone modifier or an emoji joined by
/// ZWJ to the emoji before it adds nothing. ASCII-only text costs one pass over its bytes.
public func displayWidth(of text: String, ambiguousWidth: AmbiguousWidth = .narrow) -> Int {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    var width = 0
    let lookup = UnicodeLookup()
    // The width counted for the current emoji, if the scalars so far continue one.
    var emojiWidth: Int?
    var joinerAfterEmoji = false
    // A regional indicator waiting for its partner: a flag is one pair, 2 columns in all.
    var unpairedRegionalIndicator = false
    for scalar in text.unicodeScalars {
        let value = scalar.value
        if (0x1F1E6...0x1F1FF).contains(value) {
            if !unpairedRegionalIndicator { width += 2 }
            unpairedRegionalIndicator.toggle()
            emojiWidth = 2
            continue
        }
        unpairedRegionalIndicator = false
        if let counted = emojiWidth {
            switch value {
            case 0xFE0F, 0x1F3FB...0x1F3FF:
                // Emoji presentation selector or skin-tone modifier: the emoji is drawn as a picture.
                width += 2 - counted
                emojiWidth = 2
                continue
            case 0x200D:
                joinerAfterEmoji = true
                continue
            default:
                if joinerAfterEmoji && value >= 0x80 && scalar.properties.isEmoji {
                    joinerAfterEmoji = false
                    continue
                }
            }
        }
        joinerAfterEmoji = false
        var scalarWidth = displayWidth(of: scalar, ambiguousWidth: ambiguousWidth, lookup: lookup)
        if value < 0x203C {
            // `#`, `*`, digits, `©` and `®` are emoji without emoji presentation: they become
            // pictures only with U+FE0F. Known without asking the stdlib.
            emojiWidth = mayStartEmoji(scalar) ? scalarWidth : nil
        } else if mayStartEmoji(scalar) && scalar.properties.isEmoji {
            // Emoji newer than the tables have no Wide width there; the stdlib knows better.
            if scalar.properties.isEmojiPresentation { scalarWidth = 2 }
            emojiWidth = scalarWidth
        } else {
            emojiWidth = nil
        }
        width += scalarWidth
    }
    return width
}

/// A cheap filter before asking the stdlib for emoji properties: emoji start only at `#`, `*`,
/// digits (keycaps), `©`, `®`, in U+203C–U+2BFF (arrows, dingbats, symbols), at U+3030, U+303D,
/// U+3297, U+3299, and from U+1F000 on. CJK and Hangul text never pays for the property lookup.
@inline(__always)
private func mayStartEmoji(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1F000...: true
    case 0x203C...0x2BFF, 0x3030, 0x303D, 0x3297, 0x3299: true
    case 0x23, 0x2A, 0x30...0x39, 0xA9, 0xAE: true
    default: false
    }
}

/// Whether a cluster is drawn as an emoji picture (two columns). Emoji properties come from the
/// stdlib, so emoji newer than UCD 15.0 are still recognised.
private func isEmojiPresentation(_ character: Character, first: Unicode.Scalar) -> Bool {
    let properties = first.properties
    var hasPictureSelector = false
    var hasTextSelector = false
    var regionalIndicators = 0
    var joinsAnotherScalar = false
    var previousWasJoiner = false
    for scalar in character.unicodeScalars {
        if previousWasJoiner { joinsAnotherScalar = true }
        previousWasJoiner = scalar.value == 0x200D
        switch scalar.value {
        case 0xFE0F, 0x1F3FB...0x1F3FF: hasPictureSelector = true
        case 0xFE0E: hasTextSelector = true
        case 0x1F1E6...0x1F1FF: regionalIndicators += 1
        default: continue
        }
    }
    if regionalIndicators > 0 { return true }
    guard properties.isEmoji, !hasTextSelector else { return false }
    let joinsEmoji = joinsAnotherScalar && first.value >= 0x80
    return properties.isEmojiPresentation || hasPictureSelector || joinsEmoji
}
