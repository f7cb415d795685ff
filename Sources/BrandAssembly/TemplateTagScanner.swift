/// Finds the Mustache tags in a template body, with their byte offsets, for checking names and
/// partials before rendering. Rendering itself is swift-mustache's.
struct TemplateTag: Equatable {
    enum Kind: Equatable {
        case variable, section, invertedSection, close, partial, comment, other
    }

    var kind: Kind
    var name: String
    /// Byte offset of the name within the body.
    var offset: Int
    /// Byte offset of the tag's opening `{{`.
    var openOffset: Int
    /// Byte offset just after the tag's closing `}}`.
    var endOffset: Int
}

enum TemplateTagScanner {
    /// The tags of `body` in order. Stops at a delimiter change (`{{=<% %>=}}`), which brandc's
    /// checks do not follow; swift-mustache still renders such a template.
    static func tags(in body: String) -> [TemplateTag] {
        let bytes = Array(body.utf8)
        var tags: [TemplateTag] = []
        var index = 0
        while let open = find([0x7B, 0x7B], in: bytes, from: index) {
            var cursor = open + 2
            let triple = cursor < bytes.count && bytes[cursor] == 0x7B
            if triple { cursor += 1 }
            let closer: [UInt8] = triple ? [0x7D, 0x7D, 0x7D] : [0x7D, 0x7D]
            guard let close = find(closer, in: bytes, from: cursor) else { break }
            var kind = TemplateTag.Kind.variable
            if !triple, cursor < close {
                switch bytes[cursor] {
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .invertedSection
                case UInt8(ascii: "/"): kind = .close
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: "&"): kind = .variable
                case UInt8(ascii: "="): return tags
                case UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: "$"): kind = .other
                default: cursor -= 1
                }
                cursor += 1
            }
            while cursor < close, bytes[cursor] == 0x20 { cursor += 1 }
            var end = close
            while end > cursor, bytes[end - 1] == 0x20 { end -= 1 }
            let name = String(decoding: bytes[cursor..<end], as: UTF8.self)
            tags.append(TemplateTag(kind: kind, name: name, offset: cursor, openOffset: open, endOffset: close + closer.count))
            index = close + closer.count
        }
        return tags
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}
