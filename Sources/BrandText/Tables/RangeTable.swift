/// Looks up a code point in a generated range table.
///
/// Each element packs `start << 8 | value`; the value holds from `start` up to the next
/// element's start, and the first element starts at U+0000 (see `generate_tables.py`). One
/// binary search, no allocation.
@inline(__always)
func rangeTableValue(_ table: [UInt32], _ codePoint: UInt32) -> UInt8 {
    let key = codePoint << 8 | 0xFF
    var low = 0
    var high = table.count
    // Finds the first element whose start is greater than the code point.
    while low < high {
        let middle = (low &+ high) >> 1
        if table[middle] <= key {
            low = middle &+ 1
        } else {
            high = middle
        }
    }
    // The first element starts at 0, so `low >= 1` for every code point.
    return UInt8(truncatingIfNeeded: table[max(low - 1, 0)])
}
