/// Where a scalar sits in a `String`, in the units callers need: scalar offset (for scalar-level
/// rules), `Character` offset (what a person counts and an editor column shows) and UTF-8 byte
/// offset (what BrandDiagnostics source locations use). All are 0-based.
public struct TextPosition: Hashable, Sendable {
    /// Offset in `unicodeScalars`.
    public var scalarOffset: Int
    /// Offset of the `Character` (grapheme cluster) that contains the scalar.
    public var characterOffset: Int
    /// Offset in `utf8` of the scalar's first byte.
    public var utf8Offset: Int

    public init(scalarOffset: Int, characterOffset: Int, utf8Offset: Int) {
        self.scalarOffset = scalarOffset
        self.characterOffset = characterOffset
        self.utf8Offset = utf8Offset
    }
}

extension String {
    /// The positions of the scalars at the given ascending scalar offsets, found in one pass.
    ///
    /// Rules collect scalar offsets while scanning and resolve them here only when they found
    /// something, so clean text never pays for grapheme segmentation.
    func positions(ofScalarOffsets offsets: [Int]) -> [TextPosition] {
        guard !offsets.isEmpty else { return [] }
        var result: [TextPosition] = []
        result.reserveCapacity(offsets.count)
        var pending = offsets.makeIterator()
        var wanted = pending.next()
        var scalarOffset = 0
        var utf8Offset = 0
        var characterOffset = 0
        for character in self {
            for scalar in character.unicodeScalars {
                while let target = wanted, target == scalarOffset {
                    result.append(TextPosition(scalarOffset: scalarOffset, characterOffset: characterOffset,
                                               utf8Offset: utf8Offset))
                    wanted = pending.next()
                }
                guard wanted != nil else { return result }
                scalarOffset += 1
                utf8Offset += UTF8.width(scalar)
            }
            characterOffset += 1
        }
        return result
    }

    /// The position of one scalar offset; `positions(ofScalarOffsets:)` for many.
    func position(ofScalarOffset offset: Int) -> TextPosition? {
        positions(ofScalarOffsets: [offset]).first
    }
}
