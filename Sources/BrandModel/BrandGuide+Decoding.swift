import BrandDiagnostics
import BrandYAML

extension BrandGuide {
    static let topLevelKeys = [
        "brandc", "extends", "brand-yml", "identity", "voice", "colors", "typography", "logo", "photography",
        "avoid", "locales", "channels", "feed",
    ]

    /// Decodes one brand guide document (without following `extends` or `brand-yml`: see `BrandGuideLoader`).
    public static func decode(_ document: YAMLDocument, diagnostics: inout DiagnosticSink) -> BrandGuide {
        var reader = NodeReader(document: document)
        var guide = BrandGuide(file: document.file.path)
        if let fields = reader.fields(of: document.root, in: "a brand guide", known: topLevelKeys) {
            guide.read(fields, &reader)
        }
        diagnostics.append(contentsOf: reader.diagnostics)
        return guide
    }

    private mutating func read(_ fields: Fields, _ reader: inout NodeReader) {
        if let node = fields["brandc"], let version = reader.int(node, "the schema version 'brandc'"),
            version.value > BrandGuide.schemaVersion || version.value < 1
        {
            reader.report(
                .unsupportedVersion,
                "schema version \(version.value) is not supported; this brandc reads version \(BrandGuide.schemaVersion)",
                at: node)
        }
        if let node = fields["extends"] { extends = reader.string(node, "'extends'") }
        if let node = fields["brand-yml"] { brandYML = reader.string(node, "'brand-yml'") }
        if let node = fields["identity"] { identity = BrandIdentity(node, &reader) }
        if let node = fields["voice"] { voice = BrandVoice(node, &reader) }
        if let node = fields["colors"] { colors = BrandColor.decodePalette(node, &reader) }
        if let node = fields["typography"] { typography = ScriptFont.decodeAll(node, &reader) }
        if let node = fields["logo"] { logo = LogoRules(node, &reader) }
        if let node = fields["photography"] { photography = PhotographyRules(node, &reader) }
        if let node = fields["avoid"] { avoid = reader.strictStringList(node, "'avoid'") }
        if let node = fields["locales"] { locales = BrandLocale.decodeAll(node, &reader) }
        if let node = fields["channels"] { channels = ChannelDefaults.decodeAll(node, &reader) }
        if let node = fields["feed"] { feedMapping = FeedMapping.decode(node: node, reader: &reader) }
    }
}

extension BrandIdentity {
    init(_ node: YAMLNode, _ reader: inout NodeReader) {
        guard let fields = reader.fields(of: node, in: "'identity'", known: ["name", "tagline", "mission"]) else {
            return
        }
        name = fields["name"].flatMap { reader.string($0, "the brand name") }
        tagline = fields["tagline"].flatMap { reader.string($0, "the tagline") }
        mission = fields["mission"].flatMap { reader.string($0, "the mission") }
    }
}

extension BrandVoice {
    init(_ node: YAMLNode, _ reader: inout NodeReader) {
        let known = ["tone", "do", "dont", "banned-terms", "trademarks", "substitutions", "forbidden-claims"]
        guard let fields = reader.fields(of: node, in: "'voice'", known: known) else { return }
        tone = fields["tone"].map { reader.strictStringList($0, "'voice.tone'") } ?? []
        dos = fields["do"].map { reader.strictStringList($0, "'voice.do'") } ?? []
        donts = fields["dont"].map { reader.strictStringList($0, "'voice.dont'") } ?? []
        bannedTerms = fields["banned-terms"].map { reader.strictStringList($0, "'voice.banned-terms'") } ?? []
        trademarks = fields["trademarks"].map { reader.strictStringList($0, "'voice.trademarks'") } ?? []
        substitutions = fields["substitutions"].map { VoiceSubstitution.decodeAll($0, &reader) } ?? []
        forbiddenClaims = fields["forbidden-claims"].map { ForbiddenClaim.decodeAll($0, &reader) } ?? []
    }
}

extension LogoRules {
    init(_ node: YAMLNode, _ reader: inout NodeReader) {
        guard let fields = reader.fields(of: node, in: "'logo'", known: ["files", "clear-space", "rules"]) else {
            return
        }
        files = fields["files"].map { reader.stringList($0, "'logo.files'") } ?? []
        clearSpace = fields["clear-space"].flatMap { reader.string($0, "'logo.clear-space'") }
        rules = fields["rules"].map { reader.strictStringList($0, "'logo.rules'") } ?? []
    }
}

extension PhotographyRules {
    init(_ node: YAMLNode, _ reader: inout NodeReader) {
        let known = ["style", "lighting", "composition", "background", "rules"]
        guard let fields = reader.fields(of: node, in: "'photography'", known: known) else { return }
        style = fields["style"].flatMap { reader.string($0, "'photography.style'") }
        lighting = fields["lighting"].flatMap { reader.string($0, "'photography.lighting'") }
        composition = fields["composition"].flatMap { reader.string($0, "'photography.composition'") }
        background = fields["background"].flatMap { reader.string($0, "'photography.background'") }
        rules = fields["rules"].map { reader.strictStringList($0, "'photography.rules'") } ?? []
    }
}
