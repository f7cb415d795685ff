extension TemplateParser {
    /// What swift-mustache's parser carries into a section (its `ParserState`).
    struct State {
        /// Whether the parser is at the start of a line, where a tag may stand alone.
        var newLine: Bool
        var opener: [Character] = ["{", "{"]
        var closer: [Character] = ["}", "}"]
        /// Directly inside a partial with inheritance, where `{{$name}}` defines a block.
        var inheritanceTopLevel = false

        init(newLine: Bool) {
            self.newLine = newLine
        }

        var closerText: String { String(closer) }

        /// The state a section's body starts from (before its standalone rule applies).
        func inSection() -> State {
            var state = self
            state.inheritanceTopLevel = false
            return state
        }
    }

    /// A section (or the body itself) being parsed: swift-mustache's recursion, kept on a stack so
    /// that a syntax error still leaves the tree parsed so far.
    struct Frame {
        enum Kind {
            case root
            case section(String, [String], inverted: Bool, TemplateName)
            case inheritance(String)
            case block(String, definition: Bool)
        }

        var kind: Kind
        var state: State
        var opener: TemplateTag?
        /// Whether the opening tag stood alone: the enclosing level is at a new line after the section.
        var openStandalone = false
        /// Whether the enclosing level forgets its pending indentation after this section.
        var clearsParentWhitespace = false
        var nodes: [TemplateNode] = []
        /// Spaces and tabs read at the start of a line, not yet written.
        var whitespace = ""

        init(kind: Kind, state: State, opener: TemplateTag? = nil, openStandalone: Bool = false,
             clearsParentWhitespace: Bool = false) {
            self.kind = kind
            self.state = state
            self.opener = opener
            self.openStandalone = openStandalone
            self.clearsParentWhitespace = clearsParentWhitespace
        }

        mutating func flushWhitespace() {
            if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
            whitespace = ""
        }

        /// Whether a closing tag with `name` closes this level (never the body itself).
        func closes(_ name: ParsedName) -> Bool {
            switch kind {
            case .root: false
            case .section(let text, let transforms, _, _): name.text == text && name.transforms == transforms
            case .inheritance(let text), .block(let text, _): name.text == text && name.transforms.isEmpty
            }
        }

        /// The node this level becomes in its parent.
        func node(close: TemplateTag?) -> TemplateNode {
            let open = opener ?? TemplateTag(kind: .section, name: "", range: 0..<0, nameRange: 0..<0)
            switch kind {
            case .root:
                return .text("")
            case .section(_, _, let inverted, let name):
                return .section(name, inverted: inverted, body: nodes, open: open, close: close)
            case .inheritance:
                return .referenceOnly(feature: "a partial with inheritance ({{<name}})", tag: open, body: nodes)
            case .block:
                return .referenceOnly(feature: "a block ({{$name}})", tag: open, body: nodes)
            }
        }
    }

    /// A name as read from a tag: its text, the transforms around it, and where it is (character indices).
    struct ParsedName {
        var text: String
        /// What the transforms apply to (the whole text when there are none).
        var argument: String
        var transforms: [String]
        var start: Int
        var end: Int
    }
}

extension TemplateName {
    init(_ name: TemplateParser.ParsedName) {
        self.init(name.argument, transforms: name.transforms)
    }
}
