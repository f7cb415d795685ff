/// Writes a string as a JSON string literal byte for byte as `CanonicalJSON` (`JSONEncoder` with
/// `.withoutEscapingSlashes`) does: `"` and `\` escaped, `\b \f \n \r \t` short, other controls as
/// `\u00xx`, everything else (DEL, U+2028, non-ASCII) as its UTF-8. Per product, a feed encodes its
/// key and prompt this way instead of through `JSONEncoder`'s boxing; text blocks and edit
/// requests quote their text with it too. Shared within the package, not public API.
package enum JSONStringWriter {
    package static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            out.append(0x22)
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.append(contentsOf: bytes[runStart..<index])
                appendEscape(byte, to: &out)
                runStart = index + 1
            }
            out.append(contentsOf: bytes[runStart...])
            out.append(0x22)
        }
    }

    package static func encoded(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        append(text, to: &out)
        return out
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(0x5C)
        switch byte {
        case 0x22, 0x5C: out.append(byte)
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            out.append(contentsOf: Array("u00".utf8))
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
