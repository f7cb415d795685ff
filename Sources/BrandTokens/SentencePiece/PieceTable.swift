/// A read-only hash table from piece bytes to piece id, over the model's byte arena.
///
/// Looking up a candidate merge must not allocate: the encoder asks about a byte range of its
/// normalized input, so keys are compared in place against the arena (open addressing, linear probing).
/// Most lookups are misses (a pair that is no piece), so each slot also holds the key's length and
/// 24 bits of its hash: a mismatch is rejected without touching the arena, saving cache misses.
struct PieceTable: Sendable {
    /// `(id + 1) << 32 | min(length, 255) << 24 | fingerprint`; 0 is an empty slot.
    private let slots: [UInt64]
    private let mask: Int
    static let absent: Int32 = -1

    /// A table of the pieces `ids` from `arena`; a later duplicate keeps the first id and is
    /// reported through `duplicate`.
    init(ids: [Int32], arena: [UInt8], starts: [Int32], duplicate: (Int32) -> Void = { _ in }) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        arena.withUnsafeBufferPointer { arena in
            for id in ids {
                let range = Int(starts[Int(id)])..<Int(starts[Int(id) + 1])
                let hash = Self.hash(arena, range)
                var slot = hash & mask
                var isDuplicate = false
                while slots[slot] != 0 {
                    let other = Int32(truncatingIfNeeded: slots[slot] >> 32) - 1
                    let otherRange = Int(starts[Int(other)])..<Int(starts[Int(other) + 1])
                    if Self.equal(arena, range, arena, otherRange) {
                        isDuplicate = true
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if isDuplicate { duplicate(id) } else { slots[slot] = Self.slot(id, range.count, hash) }
            }
        }
        self.slots = slots
        self.mask = mask
    }

    /// The id of the piece spelled by `key[range]`, or `absent`.
    @inline(__always)
    func lookup(
        _ key: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        arena: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>
    ) -> Int32 {
        let hash = Self.hash(key, range)
        let tag = Self.slot(-1, range.count, hash)
        var slot = hash & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return Self.absent }
                if entry & 0xFFFF_FFFF == tag & 0xFFFF_FFFF {
                    let id = Int32(truncatingIfNeeded: entry >> 32) - 1
                    let pieceRange = Int(starts[Int(id)])..<Int(starts[Int(id) + 1])
                    if Self.equal(key, range, arena, pieceRange) { return id }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func slot(_ id: Int32, _ length: Int, _ hash: Int) -> UInt64 {
        UInt64(UInt32(bitPattern: id &+ 1)) << 32 | UInt64(min(length, 255)) << 24
            | (UInt64(truncatingIfNeeded: hash) >> 40) & 0xFF_FFFF
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(range.count)
        for index in range {
            value = (value ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }

    @inline(__always)
    static func equal(
        _ lhs: UnsafeBufferPointer<UInt8>, _ lhsRange: Range<Int>,
        _ rhs: UnsafeBufferPointer<UInt8>, _ rhsRange: Range<Int>
    ) -> Bool {
        guard lhsRange.count == rhsRange.count else { return false }
        var left = lhsRange.lowerBound
        var right = rhsRange.lowerBound
        while left < lhsRange.upperBound {
            if lhs[left] != rhs[right] { return false }
            left += 1
            right += 1
        }
        return true
    }
}
