/// The explicit bidi formatting characters of UAX #9: embeddings, overrides, isolates and their
/// terminators. In product copy these are almost never intended, and unbalanced or overriding
/// ones can make displayed text differ from its logical order ("Trojan Source", CVE-2021-42574).
public enum BidiControl: UInt32, CaseIterable, Sendable, Hashable {
    /// U+202A LEFT-TO-RIGHT EMBEDDING.
    case leftToRightEmbedding = 0x202A
    /// U+202B RIGHT-TO-LEFT EMBEDDING.
    case rightToLeftEmbedding = 0x202B
    /// U+202C POP DIRECTIONAL FORMATTING: ends an embedding or override.
    case popDirectionalFormatting = 0x202C
    /// U+202D LEFT-TO-RIGHT OVERRIDE.
    case leftToRightOverride = 0x202D
    /// U+202E RIGHT-TO-LEFT OVERRIDE: displays the following letters backwards.
    case rightToLeftOverride = 0x202E
    /// U+2066 LEFT-TO-RIGHT ISOLATE.
    case leftToRightIsolate = 0x2066
    /// U+2067 RIGHT-TO-LEFT ISOLATE.
    case rightToLeftIsolate = 0x2067
    /// U+2068 FIRST STRONG ISOLATE.
    case firstStrongIsolate = 0x2068
    /// U+2069 POP DIRECTIONAL ISOLATE: ends an isolate.
    case popDirectionalIsolate = 0x2069

    /// The control a scalar is, if any.
    public init?(_ scalar: Unicode.Scalar) {
        self.init(rawValue: scalar.value)
    }

    /// The scalar of this control.
    public var scalar: Unicode.Scalar {
        Unicode.Scalar(rawValue) ?? "\u{FFFD}"
    }

    /// Whether it opens an embedding or override, closed by PDF.
    public var opensEmbedding: Bool {
        switch self {
        case .leftToRightEmbedding, .rightToLeftEmbedding, .leftToRightOverride, .rightToLeftOverride: true
        default: false
        }
    }

    /// Whether it opens an isolate, closed by PDI.
    public var opensIsolate: Bool {
        self == .leftToRightIsolate || self == .rightToLeftIsolate || self == .firstStrongIsolate
    }

    /// Whether it is an override (LRO, RLO): it forces the direction of every following letter,
    /// so the displayed order of the text can differ from its logical order.
    public var isOverride: Bool {
        self == .leftToRightOverride || self == .rightToLeftOverride
    }
}
