public import BrandDiagnostics
public import BrandYAML

/// A prompt template: YAML front matter (target model, channel, image options, text blocks)
/// and a Mustache body.
public struct PromptTemplate: Sendable {
    public var file: String
    public var name: Located<String>?
    /// The model the template is written for (an id or alias from the registry).
    public var target: Located<String>?
    /// A route from the registry, when the template pins one.
    public var route: Located<String>?
    public var channel: Located<String>?
    public var aspectRatio: Located<String>?
    public var imageSize: Located<String>?
    /// Outputs, thinking, grounding, safety and provider-specific options.
    public var options = RequestOptions()
    /// What kind of work this is (`product-shot`, `text-heavy`, `complex-edit`…), for `route: auto`.
    public var workload: Located<String>?
    public var textBlocks: [TextBlockSpec] = []
    /// Priorities and shrink rules for the request's sections (see `sectionNames`).
    public var sections: [SectionSpec] = []
    /// The `feed:` mapping for feeds compiled with this template; it wins over the brand guide's.
    public var feedMapping: FeedMapping?
    public var body: String = ""
    /// 1-based line of the template file on which the body starts.
    public var bodyStartLine: Int = 1
    /// Byte offset of the body in the template file.
    public var bodyStartOffset: Int = 0

    public init(file: String) {
        self.file = file
    }

    static let keys = [
        "name", "description", "target", "route", "workload", "channel", "aspect-ratio", "image-size", "text-blocks",
        "sections", "feed",
    ] + RequestOptions.keys

    /// The sections of a request, in request order: brand rules (system instruction), the rendered
    /// template (`prompt`), and the reference images.
    public static let sectionNames = [
        "identity", "voice", "palette", "typography", "logo", "photography", "avoid", "locale-copy", "prompt",
        "reference-images",
    ]
}

/// A template's say on one section: how much it matters and how it may shrink.
public struct SectionSpec: Sendable {
    public var name: Located<String>
    public var priority: Located<Int>?
    public var required: Located<Bool>?
    /// `drop`, `drop-items` or `keep-first`.
    public var shrink: Located<String>?
    /// With `keep-first`: how many items to keep.
    public var keep: Located<Int>?
    /// Whether the section is in the request at all.
    public var include: Located<Bool>?

    public init(name: Located<String>) {
        self.name = name
    }
}

/// A piece of copy the template places in the image: which role, how long it may be, where it goes.
public struct TextBlockSpec: Sendable {
    public var role: Located<String>
    public var maxGraphemes: Located<Int>?
    public var maxColumns: Located<Int>?
    public var placement: Located<String>?
    /// `horizontal` or `vertical` (CJK only).
    public var layout: Located<String>?
    public var required: Bool

    public init(role: Located<String>, maxGraphemes: Located<Int>? = nil, maxColumns: Located<Int>? = nil,
                placement: Located<String>? = nil, layout: Located<String>? = nil, required: Bool = false) {
        self.role = role
        self.maxGraphemes = maxGraphemes
        self.maxColumns = maxColumns
        self.placement = placement
        self.layout = layout
        self.required = required
    }
}

extension PromptTemplate {
    /// Splits front matter from body and decodes the front matter.
    public static func decode(
        _ file: SourceFile, loader: YAMLLoader, diagnostics: inout DiagnosticSink
    ) -> PromptTemplate {
        var template = PromptTemplate(file: file.path)
        guard let split = FrontMatter.split(file) else {
            diagnostics.report(
                .missingFrontMatter, "a template starts with YAML front matter between '---' lines",
                at: SourceLocation(file: file.path, range: SourceRange(at: file.position(atOffset: 0))),
                fix: FixSuggestion("add '---', then e.g. 'target: gemini-3.1-flash-image', then '---' above the body"))
            template.body = String(decoding: file.bytes, as: UTF8.self)
            return template
        }
        template.body = String(decoding: file.bytes[split.bodyOffset...], as: UTF8.self)
        template.bodyStartOffset = split.bodyOffset
        template.bodyStartLine = file.position(atOffset: split.bodyOffset).line
        let header = SourceFile(path: file.path, bytes: Array(file.bytes[..<split.headerEnd]))
        guard let document = loader.loadSingle(header, diagnostics: &diagnostics) else { return template }
        var reader = NodeReader(document: document)
        if let fields = reader.fields(of: document.root, in: "template front matter", known: keys) {
            template.read(fields, &reader)
        }
        diagnostics.append(contentsOf: reader.diagnostics)
        return template
    }

    private mutating func read(_ fields: Fields, _ reader: inout NodeReader) {
        name = fields["name"].flatMap { reader.string($0, "the template name") }
        target = fields["target"].flatMap { reader.string($0, "the target model") }
        route = fields["route"].flatMap { reader.string($0, "the route") }
        channel = fields["channel"].flatMap { reader.string($0, "the channel") }
        aspectRatio = fields["aspect-ratio"].flatMap { reader.aspectRatio($0, "the aspect ratio") }
        imageSize = fields["image-size"].flatMap { reader.string($0, "the image size") }
        workload = fields["workload"].flatMap { reader.string($0, "the workload") }
        options.read(fields, &reader)
        if let node = fields["text-blocks"] { textBlocks = TextBlockSpec.decodeAll(node, &reader) }
        if let node = fields["sections"] { sections = SectionSpec.decodeAll(node, &reader) }
        if let node = fields["feed"] { feedMapping = FeedMapping.decode(node: node, reader: &reader) }
    }
}

extension TextBlockSpec {
    static func decodeAll(_ node: YAMLNode, _ reader: inout NodeReader) -> [TextBlockSpec] {
        guard let items = node.sequence else {
            reader.report(.wrongType, "expected a list of text blocks, found \(node.kindDescription)", at: node)
            return []
        }
        return items.compactMap { item in
            let known = ["role", "max-graphemes", "max-columns", "placement", "layout", "required"]
            guard let fields = reader.fields(of: item, in: "a text block", known: known, required: ["role"]),
                let role = fields["role"].flatMap({ reader.string($0, "the text block's role") })
            else { return nil }
            return TextBlockSpec(
                role: role,
                maxGraphemes: fields["max-graphemes"].flatMap { reader.int($0, "'max-graphemes'") },
                maxColumns: fields["max-columns"].flatMap { reader.int($0, "'max-columns'") },
                placement: fields["placement"].flatMap { reader.string($0, "the placement") },
                layout: fields["layout"].flatMap { reader.choice($0, "layout", allowed: ["horizontal", "vertical"]) },
                required: fields["required"].flatMap { reader.bool($0, "'required'") }?.value ?? false)
        }
    }
}

extension SectionSpec {
    static func decodeAll(_ node: YAMLNode, _ reader: inout NodeReader) -> [SectionSpec] {
        reader.entries(node, "'sections'").compactMap { name, value in
            guard PromptTemplate.sectionNames.contains(name.value) else {
                reader.reportUnknown(
                    name, among: PromptTemplate.sectionNames, code: .unknownKey,
                    "unknown section '\(name.value)'; sections: \(PromptTemplate.sectionNames.joined(separator: ", "))")
                return nil
            }
            let known = ["priority", "required", "shrink", "keep", "include"]
            guard let fields = reader.fields(of: value, in: "section '\(name.value)'", known: known) else { return nil }
            var spec = SectionSpec(name: name)
            spec.priority = fields["priority"].flatMap { reader.int($0, "the priority") }
            spec.required = fields["required"].flatMap { reader.bool($0, "'required'") }
            spec.shrink = fields["shrink"].flatMap { reader.choice($0, "shrink rule", allowed: ["drop", "drop-items", "keep-first"]) }
            spec.keep = fields["keep"].flatMap { reader.int($0, "'keep'") }
            spec.include = fields["include"].flatMap { reader.bool($0, "'include'") }
            return spec
        }
    }
}

/// Finds the `---` lines that fence a template's front matter.
enum FrontMatter {
    /// `headerEnd`: where the closing fence line starts; `bodyOffset`: the first byte after it.
    static func split(_ file: SourceFile) -> (headerEnd: Int, bodyOffset: Int)? {
        var lines = file.lineStarts.makeIterator()
        // A UTF-8 byte order mark before the opening fence is not text of the line (editors on
        // Windows write one); the YAML loader skips it in the header.
        var first = Substring(file.lineText(1))
        if first.unicodeScalars.first == "\u{FEFF}" { first = Substring(first.unicodeScalars.dropFirst()) }
        guard lines.next() == 0, String(first).trimmingTrailingSpaces == "---" else { return nil }
        for line in 2...max(2, file.lineCount) where line <= file.lineCount {
            if file.lineText(line).trimmingTrailingSpaces == "---" {
                let start = file.lineStarts[line - 1]
                let next = line < file.lineCount ? file.lineStarts[line] : file.bytes.count
                return (start, next)
            }
        }
        return nil
    }
}

extension String {
    var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[..<end]
    }
}
