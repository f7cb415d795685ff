/// One scalar a character-class rule picked out, what kind of problem it is, and where it is.
public struct CharacterFinding<Kind: Hashable & Sendable>: Hashable, Sendable {
    /// What the rule found, e.g. `InvisibleCharacter.zeroWidthSpace`.
    public var kind: Kind
    /// The scalar itself.
    public var scalar: Unicode.Scalar
    /// Where it is.
    public var position: TextPosition

    public init(kind: Kind, scalar: Unicode.Scalar, position: TextPosition) {
        self.kind = kind
        self.scalar = scalar
        self.position = position
    }
}

/// Collects findings by scalar offset during a scan and resolves their positions in one extra
/// pass at the end, only when there is something to report.
struct FindingCollector<Kind: Hashable & Sendable> {
    private var pending: [(offset: Int, scalar: Unicode.Scalar, kind: Kind)] = []

    mutating func add(_ kind: Kind, _ scalar: Unicode.Scalar, at offset: Int) {
        pending.append((offset, scalar, kind))
    }

    func findings(in text: String) -> [CharacterFinding<Kind>] {
        guard !pending.isEmpty else { return [] }
        let positions = text.positions(ofScalarOffsets: pending.map(\.offset))
        return zip(pending, positions).map { entry, position in
            CharacterFinding(kind: entry.kind, scalar: entry.scalar, position: position)
        }
    }
}
