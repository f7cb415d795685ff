/// Escaping for text put into HTML: every `&`, `<`, `>`, `"` and `'` becomes an entity, so input
/// (a product title holding `<script>`) is always shown as text and never parsed as markup. Safe
/// both between tags and inside double- or single-quoted attribute values.
public enum HTMLText {
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return out
    }

    /// Appends `text`, escaped, to `out` (the writer's hot path: no intermediate strings).
    public static func append(_ text: String, to out: inout String) {
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            let character = text.utf8[index]
            let entity: String? = switch character {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: nil
            }
            let next = text.utf8.index(after: index)
            if let entity {
                out.append(contentsOf: text[start..<index])
                out += entity
                start = next
            }
            index = next
        }
        out.append(contentsOf: text[start..<text.endIndex])
    }
}
