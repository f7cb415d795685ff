import BrandDiagnostics
import BrandDriver
import BrandModel
import BrandSchema

/// What the features share: the cursor, the document's declared shape, the guide in effect.
extension LanguageServer {
    /// The 0-based line and UTF-16 character of a request's `position`.
    static func position(_ params: JSON) -> (line: Int, character: Int) {
        (params["position"]?["line"]?.int ?? 0, params["position"]?["character"]?.int ?? 0)
    }

    /// The declared shape of a document's YAML, by kind.
    static func rootShape(_ kind: OpenDocument.Kind) -> ValueShape? {
        switch kind {
        case .guide: return DeclaredKeys.guide
        case .product: return DeclaredKeys.product
        case .template: return DeclaredKeys.templateFrontMatter
        case .config: return DeclaredKeys.projectConfig(ruleNames: Driver.ruleNames)
        case .other: return nil
        }
    }

    /// The cursor's place in the document's YAML (a template's front matter).
    static func outline(_ document: OpenDocument, line: Int, character: Int) -> YAMLOutline? {
        let lines = document.yamlLines
        guard line >= 0, line < lines.count, !document.isTemplateBody(line) else { return nil }
        return YAMLOutline(lines: lines, line: line, cursor: TextLines.index(in: lines[line], character: character))
    }

    /// The driver reading the open documents over the disk.
    var editingDriver: Driver {
        var editing = driver
        editing.fileSystem = overlay
        return editing
    }

    /// The guide in effect for a document: itself when it is a guide, else the one it is checked against.
    func guide(for document: OpenDocument) -> BrandGuide? {
        let path = document.kind == .guide ? document.path : brandGuide(for: document)
        return path.flatMap { editingDriver.loadGuide($0) }
    }

    /// The word (letters, digits, `-`, `_`, `.`) around a cursor on a line.
    static func word(in line: Substring, at cursor: Substring.Index) -> Substring {
        func isWord(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "-" || character == "_" || character == "."
        }
        var start = cursor
        while start > line.startIndex, isWord(line[line.index(before: start)]) { start = line.index(before: start) }
        var end = cursor
        while end < line.endIndex, isWord(line[end]) { end = line.index(after: end) }
        return line[start..<end]
    }
}

extension TextLines {
    /// The index in `text` of a UTF-16 character offset, clamped to the text.
    public static func index(in text: Substring, character: Int) -> Substring.Index {
        var utf16 = 0
        var index = text.startIndex
        while index < text.endIndex, utf16 < character {
            utf16 += text[index].utf16.count
            index = text.index(after: index)
        }
        return index
    }
}
