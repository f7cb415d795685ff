/// Where the cursor is in a block-style YAML document, judged from indentation alone, so it works
/// while the document is half-typed and does not parse: the keys leading to the cursor's line
/// (`["colors", "primary"]`, `"-"` for a list item) and what is on that line.
public struct YAMLOutline: Sendable {
    /// One line's shape: where a list dash and the key start, and the key.
    struct LineShape {
        var dashIndent: Int?
        var keyIndent: Int
        var key: String?
        /// The text after `key:` (trimmed), when there is a key.
        var value: Substring?
    }

    /// Keys from the document's root to the mapping that holds the cursor's line.
    public var parents: [String]
    /// The key on the cursor's line, if any.
    public var key: String?
    /// Whether the cursor is on the key (left of its colon) rather than in its value.
    public var onKey: Bool
    /// The text of the value from its start to the cursor (after `key: `), when in a value.
    public var valuePrefix: Substring?
    /// The partial word at the cursor (what a completion replaces).
    public var word: Substring

    /// The full path of the cursor's key (`parents + [key]`).
    public var path: [String] { parents + (key.map { [$0] } ?? []) }

    /// `lines` are the document's lines (for a template, blank outside its front matter); the
    /// cursor is at `cursor` in `lines[line]`.
    public init(lines: [Substring], line: Int, cursor: Substring.Index) {
        let full = lines[line]
        let prefix = full[..<cursor]
        let current = Self.shape(full)
        let colon = Self.keyColon(full)
        var parents: [String] = []
        var indent = Self.isBlank(full) ? prefix.count : current.keyIndent
        if let dash = current.dashIndent, prefix.count > dash {
            parents.append("-")
            indent = dash
        }
        var index = line - 1
        while index >= 0, indent > 0 {
            let shape = Self.shape(lines[index])
            index -= 1
            guard let key = shape.key else {
                if let dash = shape.dashIndent, dash < indent {
                    // A bare dash line ("-" with the item's mapping below) opens a list item.
                    parents.insert("-", at: 0)
                    indent = dash
                }
                continue
            }
            if shape.keyIndent == indent, let dash = shape.dashIndent, dash < indent {
                parents.insert("-", at: 0)
                indent = dash
            } else if shape.keyIndent < indent {
                parents.insert(key, at: 0)
                indent = shape.keyIndent
                if let dash = shape.dashIndent {
                    parents.insert("-", at: 0)
                    indent = dash
                }
            }
        }
        var key: String?
        var onKey = true
        var valuePrefix: Substring?
        if let lineKey = current.key, let colon, colon < cursor {
            let afterColon = prefix[prefix.index(after: colon)...]
            if let open = afterColon.lastIndex(of: "{"), !afterColon[open...].contains("}"),
                !afterColon[open...].hasPrefix("{colors")
            {
                // A flow mapping (`primary: { hex: "#0A5CFF", na|`): the line's key is a parent.
                parents.append(lineKey)
                var item = afterColon[afterColon.index(after: open)...]
                if let comma = item.lastIndex(of: ",") { item = item[item.index(after: comma)...] }
                item = item.drop { $0 == " " }
                if let itemColon = item.firstIndex(of: ":") {
                    key = String(item[..<itemColon]).trimmingQuotes
                    onKey = false
                    valuePrefix = item[item.index(after: itemColon)...].drop { $0 == " " }
                }
            } else {
                key = lineKey
                onKey = false
                valuePrefix = afterColon.drop { $0 == " " }
            }
        } else if let lineKey = current.key, colon != nil {
            key = lineKey
        }
        self.parents = parents
        self.key = key
        self.onKey = onKey
        self.valuePrefix = valuePrefix
        var start = prefix.endIndex
        while start > prefix.startIndex {
            let before = prefix[prefix.index(before: start)]
            guard before.isLetter || before.isNumber || before == "-" || before == "_" || before == "." else { break }
            start = prefix.index(before: start)
        }
        word = prefix[start...]
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }

    static func leadingSpaces(_ text: Substring) -> Int {
        text.prefix { $0 == " " }.count
    }

    /// The colon that ends a plain or quoted key at the start of the line's content.
    static func keyColon(_ text: Substring) -> Substring.Index? {
        var content = text.drop { $0 == " " }
        while content.hasPrefix("- ") { content = content.dropFirst(2).drop { $0 == " " } }
        guard let first = content.first, first != "#", first != "{", first != "[" else { return nil }
        var index = content.startIndex
        var quote: Character? = first == "\"" || first == "'" ? first : nil
        if quote != nil { index = content.index(after: index) }
        while index < content.endIndex {
            let character = content[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == ":" {
                let next = content.index(after: index)
                if next == content.endIndex || content[next] == " " || content[next] == "\r" { return index }
            } else if character == "#", index > content.startIndex, content[content.index(before: index)] == " " {
                return nil
            }
            index = content.index(after: index)
        }
        return nil
    }

    static func shape(_ text: Substring) -> LineShape {
        let spaces = leadingSpaces(text)
        var content = text.dropFirst(spaces)
        var dashIndent: Int?
        var keyIndent = spaces
        while content.hasPrefix("- ") || content == "-" {
            dashIndent = dashIndent ?? keyIndent
            let rest = content.dropFirst(1)
            let gap = rest.prefix { $0 == " " }.count
            keyIndent += 1 + gap
            content = rest.dropFirst(gap)
        }
        guard let colon = keyColon(text) else { return LineShape(dashIndent: dashIndent, keyIndent: keyIndent, key: nil, value: nil) }
        let key = String(content[..<colon]).trimmingCharacters(in: [" "]).trimmingQuotes
        var value = text[text.index(after: colon)...].drop { $0 == " " }
        if value.hasPrefix("#") { value = "" }
        return LineShape(dashIndent: dashIndent, keyIndent: keyIndent, key: key, value: value)
    }
}

extension String {
    var trimmingQuotes: String {
        if count >= 2, let first, first == "\"" || first == "'", last == first { return String(dropFirst().dropLast()) }
        return self
    }

    func trimmingCharacters(in set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
