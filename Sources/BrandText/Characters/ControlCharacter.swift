/// A C0 or C1 control character, which has no place in copy that is drawn into an image.
public enum ControlCharacter: Hashable, Sendable {
    /// U+0000–U+001F (tab, line feed and carriage return only when the policy forbids them).
    case c0
    /// U+007F DELETE.
    case delete
    /// U+0080–U+009F, usually a sign of text decoded with the wrong encoding (Windows-1252 read
    /// as Latin-1).
    case c1

    /// The kind of control a scalar is, if it is one.
    public init?(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x00...0x1F: self = .c0
        case 0x7F: self = .delete
        case 0x80...0x9F: self = .c1
        default: return nil
        }
    }
}

/// Which otherwise-forbidden control characters copy may hold.
public struct ControlCharacterPolicy: Hashable, Sendable {
    /// Whether U+0009 CHARACTER TABULATION is allowed.
    public var allowsTab: Bool
    /// Whether U+000A LINE FEED and U+000D CARRIAGE RETURN are allowed (multi-line blocks).
    public var allowsLineBreaks: Bool

    public init(allowsTab: Bool, allowsLineBreaks: Bool) {
        self.allowsTab = allowsTab
        self.allowsLineBreaks = allowsLineBreaks
    }

    /// Tab and line breaks allowed: the usual policy for multi-line copy.
    public static let tabAndLineBreaks = ControlCharacterPolicy(allowsTab: true, allowsLineBreaks: true)
    /// No control character allowed: the policy for one-line copy such as a headline or a price.
    public static let noneAllowed = ControlCharacterPolicy(allowsTab: false, allowsLineBreaks: false)

    func allows(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: allowsTab
        case 0x0A, 0x0D: allowsLineBreaks
        default: false
        }
    }
}

/// The C0/C1 control characters in `text` that `policy` does not allow.
public func controlCharacters(
    in text: String, policy: ControlCharacterPolicy = .tabAndLineBreaks
) -> [CharacterFinding<ControlCharacter>] {
    var collector = FindingCollector<ControlCharacter>()
    var offset = 0
    for scalar in text.unicodeScalars {
        if scalar.value < 0xA0, let control = ControlCharacter(scalar), !policy.allows(scalar) {
            collector.add(control, scalar, at: offset)
        }
        offset += 1
    }
    return collector.findings(in: text)
}
