/// A Bidi_Paired_Bracket entry (BidiBrackets.txt), used to give a closing bracket the script of
/// its opening one.
struct PairedBracket {
    let partner: UInt32
    let isOpening: Bool

    /// The bracket entry of a scalar, if it is a paired bracket. Binary search in
    /// `BidiTables.pairedBrackets`, laid out as `[codePoint, partner | openingFlag]`.
    init?(_ scalar: Unicode.Scalar) {
        let table = BidiTables.pairedBrackets
        let value = scalar.value
        var low = 0
        var high = table.count / 2
        while low < high {
            let middle = (low + high) / 2
            let codePoint = table[middle * 2]
            if codePoint == value {
                let packed = table[middle * 2 + 1]
                partner = packed & 0x7FFF_FFFF
                isOpening = packed & 0x8000_0000 != 0
                return
            }
            if codePoint < value { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}
