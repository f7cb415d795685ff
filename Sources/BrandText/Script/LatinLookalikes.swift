/// The Latin letter a Cyrillic or Greek letter is commonly mistaken for, if any.
///
/// The set is the cross-script prototype mappings of UTS #39 confusables for letters that look
/// the same in ordinary sans-serif fonts: Cyrillic capitals А В Е К М Н О Р С Т У Ү Х Ѕ І Ј Ӏ,
/// Cyrillic small а е о р с у х ѕ і ј һ ӏ ԁ ԛ ԝ, Greek capitals Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ and
/// Greek small α ι κ ν ο ρ. Letters that only look Latin in one case (Cyrillic `н`, `т`) map
/// only in that case.
func latinLookalike(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    guard value >= 0x0391 && value <= 0x0529 else { return nil }
    let latin: Character? = switch value {
    // Cyrillic capitals.
    case 0x0410: "A"
    case 0x0412: "B"
    case 0x0415: "E"
    case 0x041A: "K"
    case 0x041C: "M"
    case 0x041D: "H"
    case 0x041E: "O"
    case 0x0420: "P"
    case 0x0421: "C"
    case 0x0422: "T"
    case 0x0423, 0x04AE: "Y"
    case 0x0425: "X"
    case 0x0405: "S"
    case 0x0406: "I"
    case 0x0408: "J"
    case 0x04C0: "I"
    // Cyrillic small letters.
    case 0x0430: "a"
    case 0x0435: "e"
    case 0x043E: "o"
    case 0x0440: "p"
    case 0x0441: "c"
    case 0x0443: "y"
    case 0x0445: "x"
    case 0x0455: "s"
    case 0x0456: "i"
    case 0x0458: "j"
    case 0x04BB: "h"
    case 0x04CF: "l"
    case 0x0501: "d"
    case 0x051B: "q"
    case 0x051D: "w"
    // Greek capitals.
    case 0x0391: "A"
    case 0x0392: "B"
    case 0x0395: "E"
    case 0x0396: "Z"
    case 0x0397: "H"
    case 0x0399: "I"
    case 0x039A: "K"
    case 0x039C: "M"
    case 0x039D: "N"
    case 0x039F: "O"
    case 0x03A1: "P"
    case 0x03A4: "T"
    case 0x03A5: "Y"
    case 0x03A7: "X"
    // Greek small letters.
    case 0x03B1: "a"
    case 0x03B9: "i"
    case 0x03BA: "k"
    case 0x03BD: "v"
    case 0x03BF: "o"
    case 0x03C1: "p"
    default: nil
    }
    return latin?.unicodeScalars.first
}
