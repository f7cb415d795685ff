public import BrandDiagnostics

/// A document's lines, for converting between brandc's positions (1-based lines, columns in
/// Unicode scalars) and the protocol's (0-based lines, characters in UTF-16 code units).
public struct TextLines: Sendable {
    public let lines: [Substring]

    public init(_ text: String) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// The text of a 0-based line without its line break ("" past the end).
    public func line(_ index: Int) -> Substring {
        guard index >= 0, index < lines.count else { return "" }
        let line = lines[index]
        return line.last == "\r" ? line.dropLast() : line
    }

    /// The protocol position of a brandc position.
    public func lspPosition(_ position: SourcePosition) -> JSON {
        let lineIndex = max(0, position.line - 1)
        let scalars = line(lineIndex).unicodeScalars
        var utf16 = 0
        for (count, scalar) in scalars.enumerated() where count < position.column - 1 {
            utf16 += scalar.utf16.count
        }
        return ["line": .number(Double(lineIndex)), "character": .number(Double(utf16))]
    }

    /// The protocol range of a brandc location (the file's start when it has no range).
    public func lspRange(_ range: SourceRange?) -> JSON {
        guard let range else { return ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]] }
        return ["start": lspPosition(range.start), "end": lspPosition(range.end)]
    }

    /// The index in `line(lineIndex)` of a protocol character offset (UTF-16), clamped to the line.
    public func index(line lineIndex: Int, character: Int) -> String.Index {
        let text = line(lineIndex)
        var utf16 = 0
        var index = text.startIndex
        while index < text.endIndex, utf16 < character {
            utf16 += text[index].utf16.count
            index = text.index(after: index)
        }
        return index
    }

    /// The text of the line up to the cursor.
    public func prefix(line lineIndex: Int, character: Int) -> Substring {
        let text = line(lineIndex)
        return text[..<index(line: lineIndex, character: character)]
    }

    /// A protocol range on one line from string indices.
    public func range(line lineIndex: Int, from lower: String.Index, to upper: String.Index) -> JSON {
        let text = line(lineIndex)
        let start = text[..<lower].utf16.count
        let end = text[..<upper].utf16.count
        return [
            "start": ["line": .number(Double(lineIndex)), "character": .number(Double(start))],
            "end": ["line": .number(Double(lineIndex)), "character": .number(Double(end))],
        ]
    }
}
