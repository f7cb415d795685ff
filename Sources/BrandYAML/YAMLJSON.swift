/// JSON views of loaded documents, for `brandc inspect FILE --json [--marks]`.
///
/// Plain view: mappings become objects (keys in source order; a key that is not a string appears as
/// its source text, a collection key as its own compact JSON), sequences arrays, scalars their
/// core-schema values. Floats print in the shortest form that reads back to the same `Double`;
/// `.inf`, `-.inf` and `.nan`, which JSON cannot hold, print as those strings.
///
/// Marked view: every node is an object that says where it came from:
/// `{"kind":"scalar","line":L,"column":C,"offset":O,"end":{"line":…,"column":…,"offset":…},"style":"plain","tag":"!!str","value":…}`,
/// with `"items":[…]` for a sequence and `"pairs":[{"key":…,"value":…}]` for a mapping instead of
/// `"style"` and `"value"`; `"tag"` appears only when one was written. Lines and columns are 1-based,
/// columns count code points, offsets count UTF-8 bytes.
public enum YAMLJSON {
    /// One JSON value per document, each on its own line ending in a newline.
    public static func lines(_ documents: [YAMLDocument], marks: Bool = false) -> String {
        var output = ""
        for document in documents {
            output += document.jsonText(marks: marks)
            output += "\n"
        }
        return output
    }
}

extension YAMLDocument {
    /// The document as one line of JSON, plain or with locations (see `YAMLJSON`). Deterministic.
    public func jsonText(marks: Bool = false) -> String {
        var writer = JSONWriter()
        if marks { writer.writeMarked(root) } else { writer.writePlain(root) }
        return writer.output
    }
}

/// Appends JSON text. Recursion follows the tree, whose depth the loader caps at `YAMLLimits.maxDepth`.
struct JSONWriter {
    var output = ""

    mutating func writePlain(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar):
            writeValue(scalar.value)
        case .sequence(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                writePlain(item)
            }
            output += "]"
        case .mapping(let pairs):
            output += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output += "," }
                writeString(keyText(pair.key))
                output += ":"
                writePlain(pair.value)
            }
            output += "}"
        }
    }

    func keyText(_ key: YAMLNode) -> String {
        if let scalar = key.scalar { return scalar.text }
        var nested = JSONWriter()
        nested.writePlain(key)
        return nested.output
    }

    mutating func writeValue(_ value: YAMLValue) {
        switch value {
        case .null: output += "null"
        case .bool(let bool): output += bool ? "true" : "false"
        case .int(let int): output += String(int)
        case .float(let double): writeDouble(double)
        case .string(let string): writeString(string)
        }
    }

    mutating func writeDouble(_ double: Double) {
        if double.isNaN {
            writeString(".nan")
        } else if double.isInfinite {
            writeString(double < 0 ? "-.inf" : ".inf")
        } else {
            output += double.description
        }
    }

    mutating func writeString(_ string: String) {
        output += "\""
        var runStart = string.utf8.startIndex
        var index = runStart
        let utf8 = string.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output += String(string[runStart..<index])
                output += JSONWriter.escape(byte)
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += String(string[runStart..<index])
        output += "\""
    }

    static func escape(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        default:
            let digits = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
    }
}
