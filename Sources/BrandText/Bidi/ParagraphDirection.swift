/// The base direction of a paragraph.
public enum ParagraphDirection: Sendable, Hashable {
    /// The first strong character is left-to-right (L).
    case leftToRight
    /// The first strong character is right-to-left (R or AL).
    case rightToLeft
    /// No strong character outside isolates: the text is neutral (digits, punctuation, emoji),
    /// and a renderer falls back to its default (usually left-to-right).
    case neutral
}

/// The direction of the first paragraph of `text` by UAX #9 rules P2 and P3: the first strong
/// character (L, R or AL) decides, skipping characters between an isolate initiator (LRI, RLI,
/// FSI) and its matching PDI (or the end of the paragraph when unmatched). Embeddings and
/// overrides (LRE, RLO…) are not skipped, as P2 says. The search stops at the first paragraph
/// separator (Bidi_Class B, e.g. LF, U+2029).
public func paragraphDirection(of text: String) -> ParagraphDirection {
    paragraphDirection(of: text.unicodeScalars)
}

/// `paragraphDirection(of:)` over any sequence of scalars, e.g. a substring's.
public func paragraphDirection<S: Sequence>(of scalars: S) -> ParagraphDirection
where S.Element == Unicode.Scalar {
    let table = UnicodeTables.bidiClass
    return paragraphDirection(ofBidiClasses: scalars.lazy.map { bidiClass(of: $0, using: table) })
}

/// Rules P2 and P3 over the scalars' bidi classes.
func paragraphDirection<S: Sequence>(ofBidiClasses classes: S) -> ParagraphDirection
where S.Element == BidiClass {
    var isolateDepth = 0
    for bidiClass in classes {
        switch bidiClass {
        case .L where isolateDepth == 0:
            return .leftToRight
        case .R where isolateDepth == 0, .AL where isolateDepth == 0:
            return .rightToLeft
        case .LRI, .RLI, .FSI:
            isolateDepth += 1
        case .PDI where isolateDepth > 0:
            isolateDepth -= 1
        case .B:
            return .neutral
        default:
            continue
        }
    }
    return .neutral
}
