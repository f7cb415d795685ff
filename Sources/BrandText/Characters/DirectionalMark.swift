/// The implicit directional marks: invisible strong characters used to fix the order of
/// neutrals next to right-to-left text.
public enum DirectionalMark: UInt32, CaseIterable, Hashable, Sendable {
    /// U+200E LEFT-TO-RIGHT MARK.
    case leftToRightMark = 0x200E
    /// U+200F RIGHT-TO-LEFT MARK.
    case rightToLeftMark = 0x200F
    /// U+061C ARABIC LETTER MARK.
    case arabicLetterMark = 0x061C

    /// The mark a scalar is, if any.
    public init?(_ scalar: Unicode.Scalar) {
        self.init(rawValue: scalar.value)
    }
}

/// The directional marks in `text` that are stray: the text holds no right-to-left letter
/// (Bidi_Class R or AL), so the mark has nothing to disambiguate and is invisible debris,
/// typically pasted from a web page or a spreadsheet. In text with right-to-left letters the
/// marks are a legitimate tool and are not reported.
public func strayDirectionalMarks(in text: String) -> [CharacterFinding<DirectionalMark>] {
    var collector = FindingCollector<DirectionalMark>()
    var offset = 0
    for scalar in text.unicodeScalars {
        let value = scalar.value
        if value >= 0x0590 {
            if let mark = DirectionalMark(scalar) {
                collector.add(mark, scalar, at: offset)
            } else if bidiClass(of: scalar).isStrongRightToLeft {
                return []
            }
        }
        offset += 1
    }
    return collector.findings(in: text)
}
