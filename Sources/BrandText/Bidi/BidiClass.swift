/// The Unicode `Bidi_Class` property (UAX #9), named by its UCD short alias.
///
/// Raw values follow `BIDI_CLASSES` in `scripts/unicode/generate_tables.py`.
public enum BidiClass: UInt8, CaseIterable, Sendable, Hashable {
    /// Left-to-right letter (strong).
    case L = 0
    /// Right-to-left letter, e.g. Hebrew (strong).
    case R = 1
    /// Arabic-script letter (strong, right-to-left).
    case AL = 2
    /// European number: ASCII and other digits.
    case EN = 3
    /// European separator: plus and minus signs.
    case ES = 4
    /// European terminator: currency, percent, degree signs.
    case ET = 5
    /// Arabic number: Arabic-Indic digits and separators.
    case AN = 6
    /// Common number separator: comma, full stop, colon, slash.
    case CS = 7
    /// Nonspacing mark.
    case NSM = 8
    /// Boundary neutral: format controls ignored by the algorithm.
    case BN = 9
    /// Paragraph separator.
    case B = 10
    /// Segment separator (tab).
    case S = 11
    /// Whitespace.
    case WS = 12
    /// Other neutral.
    case ON = 13
    /// Left-to-right embedding (U+202A).
    case LRE = 14
    /// Left-to-right override (U+202D).
    case LRO = 15
    /// Right-to-left embedding (U+202B).
    case RLE = 16
    /// Right-to-left override (U+202E).
    case RLO = 17
    /// Pop directional format (U+202C).
    case PDF = 18
    /// Left-to-right isolate (U+2066).
    case LRI = 19
    /// Right-to-left isolate (U+2067).
    case RLI = 20
    /// First strong isolate (U+2068).
    case FSI = 21
    /// Pop directional isolate (U+2069).
    case PDI = 22

    /// Whether the class starts an isolate (LRI, RLI, FSI).
    public var isIsolateInitiator: Bool { self == .LRI || self == .RLI || self == .FSI }

    /// Whether the class is strong right-to-left (R or AL).
    public var isStrongRightToLeft: Bool { self == .R || self == .AL }
}

/// The `Bidi_Class` of a scalar (UCD 15.0 DerivedBidiClass.txt, including the defaults it gives
/// unassigned code points, e.g. R for U+05FF and AL for U+07BF).
public func bidiClass(of scalar: Unicode.Scalar) -> BidiClass {
    bidiClass(of: scalar, using: UnicodeTables.bidiClass)
}

/// `bidiClass(of:)` with the table fetched by the caller, once per scan.
@inline(__always)
func bidiClass(of scalar: Unicode.Scalar, using table: RangeTable) -> BidiClass {
    if scalar.value < 0x41 { return asciiBidiClasses[Int(scalar.value)] }
    return BidiClass(rawValue: table.value(scalar.value)) ?? .L
}

/// Bidi classes of U+0000–U+0040, where digits, punctuation and controls differ scalar by scalar.
private let asciiBidiClasses: [BidiClass] = (0..<0x41).map { value in
    BidiClass(rawValue: UnicodeTables.bidiClass.value(UInt32(value))) ?? .L
}

/// Whether the scalar has Bidi_Class B (paragraph separator): LF, CR, U+001C–U+001E, NEL and
/// U+2029. Checked without a table lookup because every scan asks it for every scalar; a test
/// keeps it equal to the generated table.
@inline(__always)
func isParagraphSeparator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0D, 0x1C...0x1E, 0x85, 0x2029: true
    default: false
    }
}
