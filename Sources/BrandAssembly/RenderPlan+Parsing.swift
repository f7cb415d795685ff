extension RenderPlan {
    /// The plan for `body` as `TemplateRenderer` renders it (after its text pragma), or `nil` when
    /// the body uses what the plan does not mirror: partials, delimiter changes, pragmas, blocks,
    /// transforms, names starting with `.`, or text swift-mustache would not parse.
    init?(body: String) {
        var parser = PlanParser(characters: Array(body))
        // The pragma stands alone when the body's first line is blank, which swallows that line.
        let standsAlone = parser.lineFinished()
        guard let nodes = parser.parse(section: nil, newLine: standsAlone) else { return nil }
        self.nodes = nodes
    }
}

/// A parser that follows swift-mustache's own line by line (its `Template+Parser.swift`), so the
/// whitespace and line breaks it keeps or drops around tags are the same.
private struct PlanParser {
    let characters: [Character]
    var index = 0

    init(characters: [Character]) {
        self.characters = characters
    }

    private var atEnd: Bool { index >= characters.count }
    private var current: Character { atEnd ? "\0" : characters[index] }

    mutating func parse(section: Substring?, newLine startsOnNewLine: Bool) -> [RenderPlan.Node]? {
        var nodes: [RenderPlan.Node] = []
        var newLine = startsOnNewLine
        var indent = ""
        func flushIndent() {
            if !indent.isEmpty { nodes.append(.text(indent)) }
            indent = ""
        }
        while !atEnd {
            if newLine { indent = read { $0 == " " || $0 == "\t" } }
            guard let text = readTextLine() else { return nil }
            if current == "\n" || current == "\r\n" {
                nodes.append(.text(indent + text + String(current)))
                newLine = true
                index += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(indent + text))
                indent = ""
                newLine = false
            }
            if atEnd { break }
            // swift-mustache takes any other line break right after `{{` as text; not mirrored.
            guard !current.isNewline else { return nil }
            var tagStandsAlone = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                index += 1
                guard let name = readName() else { return nil }
                tagStandsAlone = newLine && lineFinished()
                if !tagStandsAlone { flushIndent() }
                guard let body = parse(section: name, newLine: tagStandsAlone) else { return nil }
                nodes.append(.section(Self.components(name), inverted: inverted, body))
            case "/":
                index += 1
                guard let name = readName(), name == section else { return nil }
                if !(newLine && lineFinished()) { flushIndent() }
                return nodes
            case "!":
                guard skipComment() else { return nil }
                tagStandsAlone = newLine && lineFinished()
            case "{":
                flushIndent()
                index += 1
                guard let name = readName(), current == "}" else { return nil }
                index += 1
                nodes.append(.variable(Self.components(name)))
            case "&":
                flushIndent()
                index += 1
                guard let name = readName() else { return nil }
                nodes.append(.variable(Self.components(name)))
            case ">", "<", "$", "=", "%":
                return nil
            default:
                flushIndent()
                guard let name = readName() else { return nil }
                nodes.append(.variable(Self.components(name)))
            }
            newLine = tagStandsAlone
        }
        return section == nil ? nodes : nil
    }

    /// Text up to a line break (not consumed) or a tag's `{{` (consumed), or `nil` for a lone `{`
    /// at the very end, which swift-mustache refuses.
    private mutating func readTextLine() -> String? {
        var text = ""
        while !atEnd {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
            if atEnd || current == "\n" || current == "\r\n" { break }
            guard index + 1 < characters.count else { return nil }
            if characters[index + 1] == "{" {
                index += 2
                break
            }
            text.append("{")
            index += 1
        }
        return text
    }

    /// A tag's name up to its `}}`; `nil` for a transform (`f(x)`), a name starting with `.` other
    /// than `.` itself, or a tag that does not close.
    private mutating func readName() -> Substring? {
        _ = read(while: \.isWhitespace)
        let name = read { Self.nameCharacters.contains($0) }
        _ = read(while: \.isWhitespace)
        guard index + 1 < characters.count, characters[index] == "}", characters[index + 1] == "}" else { return nil }
        index += 2
        guard !name.isEmpty, !name.contains("("), name == "." || !name.hasPrefix(".") else { return nil }
        return Substring(name)
    }

    private mutating func skipComment() -> Bool {
        while index + 1 < characters.count {
            if characters[index] == "}", characters[index + 1] == "}" {
                index += 2
                return true
            }
            index += 1
        }
        return false
    }

    /// swift-mustache's "has the line finished": only spaces and tabs up to a line break (consumed
    /// with them) or the end of the text.
    mutating func lineFinished() -> Bool {
        if atEnd { return true }
        var probe = index
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" { probe += 1 }
        guard probe < characters.count, characters[probe].isNewline else { return false }
        index = probe + 1
        return true
    }

    private mutating func read(while accepts: (Character) -> Bool) -> String {
        let start = index
        while index < characters.count, accepts(characters[index]) { index += 1 }
        return String(characters[start..<index])
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")

    private static func components(_ name: Substring) -> [String] {
        name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}
