import Foundation

/// Deterministic JSON: sorted keys, no escaped slashes, so the same inputs give the same bytes.
public enum CanonicalJSON {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        var bytes = Array(try encoder.encode(value))
        if pretty { bytes.append(0x0A) }
        return bytes
    }

    /// Compact JSON re-indented as `encode(_:pretty: true)` prints it (two spaces, `"key" : value`,
    /// a final newline), for a body written by a hand-made encoder such as `GeminiRequestWriter`.
    /// The input must be compact JSON (no whitespace outside strings), as those encoders write it.
    public static func prettyPrinted(_ compact: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(compact.count + compact.count / 4)
        var depth = 0
        var inString = false
        var escaped = false
        var index = 0
        func newline() {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: 2 * depth))
        }
        while index < compact.count {
            let byte = compact[index]
            index += 1
            if inString {
                out.append(byte)
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22:
                inString = true
                out.append(byte)
            case 0x7B, 0x5B:
                out.append(byte)
                if index < compact.count, compact[index] == byte + 2 {
                    // `JSONEncoder` prints an empty container with a blank line inside.
                    out.append(0x0A)
                    newline()
                    out.append(byte + 2)
                    index += 1
                } else {
                    depth += 1
                    newline()
                }
            case 0x7D, 0x5D:
                depth -= 1
                newline()
                out.append(byte)
            case 0x2C:
                out.append(byte)
                newline()
            case 0x3A:
                out.append(contentsOf: [0x20, 0x3A, 0x20])
            default:
                out.append(byte)
            }
        }
        out.append(0x0A)
        return out
    }
}
