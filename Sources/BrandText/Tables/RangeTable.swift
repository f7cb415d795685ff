/// A generated range table with a block index for fast lookups.
///
/// Each element of `packed` holds `start << 8 | value`; the value holds from `start` up to the
/// next element's start, and the first element starts at U+0000 (see `generate_tables.py`). The
/// block index, built once, gives for every 256-code-point block the range that covers its first
/// code point, so a lookup binary-searches only the few ranges of one block instead of the whole
/// table. No allocation per lookup.
final class RangeTable: Sendable {
    private static let blockShift: UInt32 = 8
    private static let blockCount = 0x110000 >> 8

    private let packed: [UInt32]
    private let blockFirstRange: [UInt16]

    init(_ packed: [UInt32]) {
        self.packed = packed
        var index: [UInt16] = []
        index.reserveCapacity(Self.blockCount)
        var range = 0
        for block in 0..<UInt32(Self.blockCount) {
            let blockStart = block << Self.blockShift
            while range + 1 < packed.count && packed[range + 1] >> 8 <= blockStart {
                range += 1
            }
            index.append(UInt16(truncatingIfNeeded: range))
        }
        blockFirstRange = index
    }

    /// The value for a code point (0…0x10FFFF).
    @inline(__always)
    func value(_ codePoint: UInt32) -> UInt8 {
        let block = Int(truncatingIfNeeded: codePoint >> Self.blockShift)
        guard block < Self.blockCount else { return 0 }
        var low = Int(blockFirstRange[block])
        var high = block + 1 < Self.blockCount ? Int(blockFirstRange[block + 1]) + 1 : packed.count
        // The last range starting at or before the code point; `packed[low]` always qualifies.
        let key = codePoint << 8 | 0xFF
        while high - low > 1 {
            let middle = (low &+ high) >> 1
            if packed[middle] <= key {
                low = middle
            } else {
                high = middle
            }
        }
        return UInt8(truncatingIfNeeded: packed[low])
    }
}

/// The generated tables wrapped for lookup, each built on first use.
enum UnicodeTables {
    static let script = RangeTable(ScriptTables.scriptRanges)
    static let scriptExtensions = RangeTable(ScriptTables.scriptExtensionRanges)
    static let bidiClass = RangeTable(BidiTables.bidiClassRanges)
    static let eastAsianWidth = RangeTable(EastAsianWidthTables.eastAsianWidthRanges)
    static let defaultIgnorable = RangeTable(IgnorableTables.defaultIgnorableRanges)
    static let nfcQuickCheck = RangeTable(NormalizationTables.nfcQuickCheckRanges)
    static let generalCategory = RangeTable(GeneralCategoryTables.generalCategoryRanges)
}
