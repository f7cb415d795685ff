/// The reading steps of `TemplateParser`, each as swift-mustache's `Parser` takes it, down to
/// where it leaves the position when it fails.
extension TemplateParser {
    var atEnd: Bool { index >= characters.count }
    /// The current character; NUL at the end, as swift-mustache's parser gives.
    var current: Character { atEnd ? "\0" : characters[index] }

    mutating func read(while accepts: (Character) -> Bool) -> String {
        let start = index
        while index < characters.count, accepts(characters[index]) { index += 1 }
        return String(characters[start..<index])
    }

    mutating func skipWhitespace() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    /// Text up to a line break (not consumed) or the opening delimiter (consumed).
    mutating func readTextLine(_ state: State) throws -> String {
        guard let first = state.opener.first else { return "" }
        var text = ""
        while !atEnd {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != first }
            if current.isNewline { break }
            if current == first {
                if try read(state.opener) { break }
                text.append(first)
                index += 1
            }
        }
        return text
    }

    /// Reads `expected` if it comes next; fails when fewer characters are left than it has.
    mutating func read(_ expected: [Character]) throws -> Bool {
        guard characters.count - index >= expected.count else { throw Failure(kind: .endsInsideTag, index: index) }
        guard characters[index..<index + expected.count].elementsEqual(expected) else { return false }
        index += expected.count
        return true
    }

    mutating func read(_ expected: Character) throws -> Bool {
        guard !atEnd else { throw Failure(kind: .endsInsideTag, index: index) }
        guard characters[index] == expected else { return false }
        index += 1
        return true
    }

    /// A variable or section name and the closing delimiter after it.
    mutating func readName(_ state: State) throws -> ParsedName {
        let (text, start, end) = try readClosedWord(of: Self.nameCharacters, state)
        guard let (argument, transforms) = Self.transforms(in: text) else {
            throw Failure(kind: .unfinishedTag(closer: state.closerText), index: index)
        }
        return ParsedName(text: text, argument: argument, transforms: transforms, start: start, end: end)
    }

    mutating func readPartialName(_ state: State) throws -> ParsedName {
        let (text, start, end) = try readClosedWord(of: Self.partialNameCharacters, state)
        return ParsedName(text: text, argument: text, transforms: [], start: start, end: end)
    }

    /// The run of `allowed` characters between optional whitespace, where it starts and ends, and
    /// the tag's closing delimiter after it (an unfinished tag without one).
    private mutating func readClosedWord(of allowed: Set<Character>, _ state: State) throws -> (String, Int, Int) {
        skipWhitespace()
        let start = index
        let text = read { allowed.contains($0) }
        let end = index
        skipWhitespace()
        guard try read(state.closer) else { throw Failure(kind: .unfinishedTag(closer: state.closerText), index: index) }
        return (text, start, end)
    }

    /// `uppercased(lowercased(name))` → `("name", ["uppercased", "lowercased"])`; `nil` when the
    /// brackets do not pair up.
    static func transforms(in text: String) -> (String, [String])? {
        guard text.contains("(") || text.contains(")") else { return (text, []) }
        var names: [String] = []
        var rest = Substring(text)
        func name() -> String {
            let name = rest.prefix { !"()".contains($0) }
            rest = rest.dropFirst(name.count)
            return String(name)
        }
        names.append(name())
        guard rest.first == "(" else { return nil }
        rest = rest.dropFirst()
        while true {
            let next = name()
            switch rest.first {
            case ")":
                let closing = rest.prefix { $0 == ")" }
                guard closing.count == names.count, closing.count == rest.count else { return nil }
                return (next, names)
            case "(":
                rest = rest.dropFirst()
                names.append(next)
            default:
                return nil
            }
        }
    }

    /// Skips a comment's text and its closing delimiter, matching the delimiter the way
    /// swift-mustache does (a mismatched character restarts the match after it).
    mutating func skipComment(_ state: State) throws {
        let start = index
        var matched = 0
        while !atEnd {
            if characters[index] == state.closer[matched] {
                matched += 1
                if matched == state.closer.count {
                    index += 1
                    return
                }
            } else {
                matched = 0
            }
            index += 1
        }
        index = start
        throw Failure(kind: .endsInsideTag, index: index)
    }

    /// `{{=<% %>=}}`: the state with the new delimiters.
    mutating func readDelimiters(_ state: State) throws -> State {
        func readUntil(_ stops: (Character) -> Bool) throws -> [Character] {
            let start = index
            while !atEnd {
                if stops(characters[index]) { return Array(characters[start..<index]) }
                index += 1
            }
            index = start
            throw Failure(kind: .invalidDelimiterChange, index: index)
        }
        skipWhitespace()
        let opener = try readUntil(\.isWhitespace)
        skipWhitespace()
        let closer = try readUntil { $0 == "=" || $0.isWhitespace }
        skipWhitespace()
        guard try read("=") else { throw Failure(kind: .invalidDelimiterChange, index: index) }
        guard try read(state.closer) else { throw Failure(kind: .invalidDelimiterChange, index: index) }
        guard !opener.isEmpty, !closer.isEmpty else { throw Failure(kind: .invalidDelimiterChange, index: index) }
        var changed = state
        changed.opener = opener
        changed.closer = closer
        changed.inheritanceTopLevel = false
        return changed
    }

    /// `{{% CONTENT_TYPE: TEXT}}`: the content type it names.
    mutating func readPragma(_ state: State) throws -> String {
        func invalid() -> Failure { Failure(kind: .invalidPragma, index: index) }
        skipWhitespace()
        let variable = read { Self.nameCharactersWithoutBrackets.contains($0) }
        skipWhitespace()
        guard (try? read(":")) == true else { throw invalid() }
        skipWhitespace()
        let value = read { Self.nameCharactersWithoutBrackets.contains($0) }
        skipWhitespace()
        guard (try? read(state.closer)) == true, !variable.isEmpty, !value.isEmpty else { throw invalid() }
        guard variable == "CONTENT_TYPE", value == "TEXT" || value == "HTML" else {
            throw Failure(kind: .unknownPragma, index: index)
        }
        return value
    }

    /// Whether only spaces and tabs are left on the line; if so they and the line break are consumed.
    mutating func lineFinished() -> Bool {
        if atEnd { return true }
        var probe = index
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" { probe += 1 }
        guard probe < characters.count, characters[probe].isNewline else { return false }
        index = probe + 1
        return true
    }

    /// Whether the tag just read stands alone on its line (consuming the rest of the line if so).
    mutating func isStandalone(_ state: State) -> Bool {
        state.newLine && lineFinished()
    }

    static let nameCharactersWithoutBrackets = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    static let nameCharacters = nameCharactersWithoutBrackets.union("()")
    static let partialNameCharacters = nameCharacters.union("/")
}
