/// A template body parsed once, for everything brandc does with it: the checker's names and
/// partials, the voice rules' literal text, brand-only folding and rendering.
public struct TemplateSyntaxTree: Sendable, Equatable {
    /// The body's nodes; when it does not parse, those before the error (open sections closed there).
    public var nodes: [TemplateNode]
    /// Every tag parsed, in source order, closing tags, comments and delimiter changes included.
    public var tags: [TemplateTag]
    public var error: TemplateSyntaxError?
    /// The first thing the tree leaves to swift-mustache to render (`TemplateNode.referenceOnly`,
    /// or a transform), if any.
    public var referenceOnlyFeature: String?
    /// Where the text stops being known: the body's length, or the start of the tag the parser
    /// failed in.
    public var parsedLength: Int

    /// Parses `body` as brandc renders it: plain text (no HTML escaping), with Mustache's
    /// standalone-line rules as swift-mustache applies them after its text pragma.
    public init(parsing body: String) {
        var parser = TemplateParser(body)
        self = parser.parse()
    }

    init(nodes: [TemplateNode], tags: [TemplateTag], error: TemplateSyntaxError?, referenceOnlyFeature: String?, parsedLength: Int) {
        self.nodes = nodes
        self.tags = tags
        self.error = error
        self.referenceOnlyFeature = referenceOnlyFeature
        self.parsedLength = parsedLength
    }

    /// The body's literal text between its tags, each run with its byte offset; runs of only
    /// whitespace are left out, and so is what follows a syntax error.
    public func literalRuns(of body: String) -> [(offset: Int, text: String)] {
        let bytes = Array(body.utf8)
        var runs: [(offset: Int, text: String)] = []
        func add(_ range: Range<Int>) {
            guard !range.isEmpty,
                bytes[range].contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 })
            else { return }
            runs.append((range.lowerBound, String(decoding: bytes[range], as: UTF8.self)))
        }
        var start = 0
        for tag in tags {
            add(start..<tag.range.lowerBound)
            start = tag.range.upperBound
        }
        add(start..<min(bytes.count, max(start, parsedLength)))
        return runs
    }
}
