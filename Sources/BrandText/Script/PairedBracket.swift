/// A Bidi_Paired_Bracket entry (BidiBrackets.txt), used to give a closing bracket the script of
/// its opening one.
struct PairedBracket {
    let partner: UInt32
    let isOpening: Bool

    /// The bracket entry of a scalar, if it is a paired bracket. Binary search in
    /// `BidiTables.pairedBrackets`, laid out as `[codePoint, partner | openingFlag]`.
    init?(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        // Every scan asks this of every shared character (spaces, digits): answer the common
        // cases without a search. The only brackets below U+0F3A are ( ) [ ] { }.
        if value < 0x0F3A {
            switch value {
            case 0x28, 0x5B, 0x7B:
                partner = value == 0x28 ? 0x29 : value + 2
                isOpening = true
                return
            case 0x29, 0x5D, 0x7D:
                partner = value == 0x29 ? 0x28 : value - 2
                isOpening = false
                return
            default:
                return nil
            }
        }
        let table = BidiTables.pairedBrackets
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
