/// Code points that a font is unlikely to draw as intended: private use, noncharacters,
/// unassigned, or assigned after the UCD version of the generated tables.
///
/// Which source decides: assignment and general category come from the Swift stdlib
/// (`Unicode.Scalar.Properties`, Unicode 16/17 depending on the toolchain), so `unassigned` means
/// unassigned even in the newest Unicode the toolchain knows. `newerThanTables` marks scalars
/// the stdlib knows but UCD 15.0 did not: the generated tables give them script Unknown and
/// default bidi class and width, and image models and fonts may not draw them either.
public enum CodePointStatus: Hashable, Sendable {
    /// General category Co: U+E000–U+F8FF and planes 15–16. Only a custom font draws these.
    case privateUse
    /// One of the 66 noncharacters (U+FDD0–U+FDEF and U+xxFFFE/U+xxFFFF).
    case noncharacter
    /// General category Cn in the stdlib's Unicode version.
    case unassigned
    /// Assigned in the stdlib's Unicode version but after `UnicodeTablesVersion.ucd`.
    case newerThanTables

    /// The status of a scalar, or nil for an ordinary assigned scalar.
    public init?(_ scalar: Unicode.Scalar) {
        let properties = scalar.properties
        if properties.isNoncharacterCodePoint {
            self = .noncharacter
            return
        }
        switch properties.generalCategory {
        case .privateUse:
            self = .privateUse
        case .unassigned:
            self = .unassigned
        default:
            guard let age = properties.age,
                  age.major > tablesMajorVersion || (age.major == tablesMajorVersion && age.minor > tablesMinorVersion)
            else { return nil }
            self = .newerThanTables
        }
    }
}

private let tablesVersionParts = UnicodeTablesVersion.ucd.split(separator: ".").compactMap { Int($0) }
private let tablesMajorVersion = tablesVersionParts.first ?? 0
private let tablesMinorVersion = tablesVersionParts.dropFirst().first ?? 0

/// The private-use, noncharacter, unassigned and newer-than-tables scalars of `text`.
public func unusualCodePoints(in text: String) -> [CharacterFinding<CodePointStatus>] {
    var collector = FindingCollector<CodePointStatus>()
    var offset = 0
    let lookup = UnicodeLookup()
    for scalar in text.unicodeScalars {
        defer { offset += 1 }
        // Everything below U+0378 (the first unassigned code point) is assigned since Unicode 1.1,
        // and a scalar the UCD 15.0 table calls assigned and not private use is ordinary; only
        // the rest needs the stdlib's (slower) answer.
        guard scalar.value >= 0x378 else { continue }
        let category = lookup.generalCategory(of: scalar)
        guard category == .unassigned || category == .privateUse else { continue }
        if let status = CodePointStatus(scalar) {
            collector.add(status, scalar, at: offset)
        }
    }
    return collector.findings(in: text)
}
