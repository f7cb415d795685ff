extension UnicodeScript {
    /// The UCD long name, e.g. `Latin`, `Old_Italic`, `Common`.
    public var longName: String { Self.longNames[Int(rawValue)] }

    /// The ISO 15924 code, e.g. `Latn`, `Deva`, `Zyyy` (Common), `Zinh` (Inherited), `Zzzz` (Unknown).
    public var isoCode: String { Self.isoCodes[Int(rawValue)] }

    /// The script with this ISO 15924 code (case-sensitive, as the UCD spells it), if any.
    public init?(isoCode: String) {
        guard let index = Self.isoCodes.firstIndex(of: isoCode) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    /// The script with this UCD long name (e.g. `Old_Italic`), if any.
    public init?(longName: String) {
        guard let index = Self.longNames.firstIndex(of: longName) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    /// Whether this is a writing system of its own: not Common, Inherited or Unknown, which
    /// UAX #24 uses for characters shared by many scripts, combining marks and unassigned code
    /// points.
    public var isSpecific: Bool {
        switch self {
        case .common, .inherited, .unknown: false
        default: true
        }
    }
}

extension UnicodeScript: CustomStringConvertible {
    public var description: String { longName }
}
