/// What a value in one of brandc's YAML files may be, as the decoders read it. The JSON Schema
/// (`brandc schema`), the editor's hover and completion, and the MCP server's resources are all
/// generated from these declarations; a test decodes a document built from them (and one with a
/// stray key in every mapping) to prove they say exactly what the decoders accept.
public indirect enum ValueShape: Sendable {
    /// Text; a plain number or boolean is read as its text (a tagline `1984`).
    case text
    /// Text matching a regular expression (ECMA-262, as JSON Schema uses).
    case pattern(String, example: String)
    /// One piece of text or a list of them.
    case textOrList
    case integer
    case number
    case boolean
    /// One of a closed set of words.
    case choice([String])
    /// A mapping with declared keys.
    case mapping([KeyDeclaration], required: [String] = [])
    /// A mapping whose keys are names the user picks (palette keys, locale tags, script codes).
    case entries(EntryKeys, ValueShape)
    case list(ValueShape)
    /// Any of several forms (`kumo-blue: "#0A5CFF"` or `kumo-blue: {hex: …}`).
    case oneOf([ValueShape])
    /// A value another part of brandc reads and documents (a feed column mapping).
    case documentedElsewhere(String)
}

/// The keys of an `entries` mapping.
public enum EntryKeys: Sendable {
    /// Any name; `example` is what a generated sample uses.
    case free(example: String)
    /// Names matching a regular expression.
    case pattern(String, example: String)
    /// Names from a closed set.
    case choice([String])

    /// A key a generated sample document uses.
    public var example: String {
        switch self {
        case .free(let example), .pattern(_, let example): return example
        case .choice(let names): return names.first ?? "name"
        }
    }
}

/// One key of a mapping: its name, what it means, and what its value may be.
public struct KeyDeclaration: Sendable {
    public var name: String
    public var summary: String
    public var shape: ValueShape

    public init(_ name: String, _ summary: String, _ shape: ValueShape) {
        self.name = name
        self.summary = summary
        self.shape = shape
    }
}

/// The documented keys of every file kind brandc reads.
public enum DeclaredKeys {
    /// A loose BCP 47 shape (`ja`, `zh-Hans`, `pt-BR`); the decoder's `LanguageTag` is the real judge.
    public static let languageTagPattern = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"
    /// A hex colour with its `#`, or a `{colors.name}` reference to another palette entry.
    public static let colorPattern = "^\\s*(#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}|\\{colors\\.[^{}]+\\})\\s*$"

    static let copyEntries = ValueShape.entries(.free(example: "headline"), .text)

    /// `brand.yaml`: a brand guide.
    public static let guide = ValueShape.mapping([
        KeyDeclaration("brandc", "The schema version this guide is written for (1).", .integer),
        KeyDeclaration("extends", "A parent guide, relative to this file; this guide overrides what it repeats.", .text),
        KeyDeclaration("brand-yml", "A Posit `_brand.yml` file to import, relative to this file.", .text),
        KeyDeclaration("identity", "Who the brand is: name, tagline, mission.", .mapping([
            KeyDeclaration("name", "The brand's name as it is written.", .text),
            KeyDeclaration("tagline", "The tagline.", .text),
            KeyDeclaration("mission", "One sentence on what the brand is for.", .text),
        ])),
        KeyDeclaration("voice", "How the brand speaks.", .mapping([
            KeyDeclaration("tone", "Adjectives for the tone of voice.", .list(.text)),
            KeyDeclaration("do", "What the copy and imagery should do.", .list(.text)),
            KeyDeclaration("dont", "What the copy and imagery must not do.", .list(.text)),
            KeyDeclaration("banned-terms", "Words that must never appear in copy (checked by lint).", .list(.text)),
            KeyDeclaration("trademarks", "Names with a fixed spelling and case (checked by lint).", .list(.text)),
            KeyDeclaration("substitutions", "Words copy writes one way: {use, not, locales} (checked and fixed by lint).",
                .list(.mapping([
                    KeyDeclaration("use", "The word or phrase to write.", .text),
                    KeyDeclaration("not", "The words or phrases to write it for.", .textOrList),
                    KeyDeclaration("locales", "Only in copy of these locales (BCP 47 tags); all copy when absent.",
                        .list(.pattern(languageTagPattern, example: "en"))),
                ], required: ["use", "not"]))),
            KeyDeclaration("forbidden-claims", "Claims copy must never make: {claim, reason} (checked by lint).",
                .list(.mapping([
                    KeyDeclaration("claim", "The claim's wording, or a list of its wordings.", .textOrList),
                    KeyDeclaration("reason", "Why it is forbidden, as the diagnostic says it.", .text),
                ], required: ["claim"]))),
        ])),
        KeyDeclaration("colors", "The palette: a key per colour, a hex value or {hex, name, role, usage}.",
            .entries(.free(example: "primary"), .oneOf([
                .pattern(colorPattern, example: "#0A5CFF"),
                .mapping([
                    KeyDeclaration("hex", "The colour as #RRGGBB (quoted), or a {colors.other} reference.",
                        .pattern(colorPattern, example: "#0A5CFF")),
                    KeyDeclaration("name", "The colour's name as the prompt says it.", .text),
                    KeyDeclaration("role", "Its role: primary, accent, background…", .text),
                    KeyDeclaration("usage", "Where it is used.", .text),
                ], required: ["hex"]),
            ]))),
        KeyDeclaration("typography", "Fonts by ISO 15924 script code (Latn, Jpan, Arab…).",
            .entries(.choice(ScriptCode.known), .oneOf([
                .text,
                .mapping([
                    KeyDeclaration("family", "The font family.", .text),
                    KeyDeclaration("weight", "The weight (bold, 700…).", .text),
                    KeyDeclaration("fallback", "Families to use when the first is missing.", .textOrList),
                ], required: ["family"]),
            ]))),
        KeyDeclaration("logo", "The logo files and how to place them.", .mapping([
            KeyDeclaration("files", "Logo image files, relative to this guide; sent as reference images.", .textOrList),
            KeyDeclaration("clear-space", "The clear space around the logo.", .text),
            KeyDeclaration("rules", "Placement rules for the logo.", .list(.text)),
        ])),
        KeyDeclaration("photography", "The look of the brand's photography.", .mapping([
            KeyDeclaration("style", "The photographic style.", .text),
            KeyDeclaration("lighting", "The lighting.", .text),
            KeyDeclaration("composition", "The composition.", .text),
            KeyDeclaration("background", "The background.", .text),
            KeyDeclaration("rules", "Further rules for the imagery.", .list(.text)),
        ])),
        KeyDeclaration("avoid", "What the imagery must never show.", .list(.text)),
        KeyDeclaration("locales", "Localized copy and type, by BCP 47 language tag (ja, zh-Hans, pt-BR).",
            .entries(.pattern(languageTagPattern, example: "en"), .mapping([
                KeyDeclaration("script", "The ISO 15924 script the locale is written in.", .choice(ScriptCode.known)),
                KeyDeclaration("direction", "The text direction.", .choice(["ltr", "rtl"])),
                KeyDeclaration("font", "The font for this locale.", .text),
                KeyDeclaration("copy", "Copy by role (headline, subline, cta…).", copyEntries),
            ]))),
        KeyDeclaration("channels", "Defaults per channel (campaign, social, marketplace…).",
            .entries(.free(example: "campaign"), .mapping([
                KeyDeclaration("aspect-ratio", "The aspect ratio, e.g. \"16:9\" (quoted).", .pattern("^0*[1-9][0-9]*:0*[1-9][0-9]*$", example: "16:9")),
                KeyDeclaration("image-size", "The image size: 1K, 2K, 4K or WIDTHxHEIGHT.", .text),
            ]))),
        KeyDeclaration("feed", "How product feed columns map to product fields.",
            .documentedElsewhere("the feed column mapping; see docs/feeds.md")),
    ])

    /// A product file.
    public static let product = ValueShape.mapping([
        KeyDeclaration("id", "The product's id, unique in the catalogue.", .text),
        KeyDeclaration("sku", "The SKU.", .text),
        KeyDeclaration("title", "The product's title.", .text),
        KeyDeclaration("description", "A short description.", .text),
        KeyDeclaration("brand", "The brand guide the product belongs to.", .text),
        KeyDeclaration("channel", "The channel the product is shown in.", .text),
        KeyDeclaration("attributes", "Facts by name (color, material, size…).", .entries(.free(example: "color"), .text)),
        KeyDeclaration("copy", "Localized copy by BCP 47 language tag, then by role.",
            .entries(.pattern(languageTagPattern, example: "en"), copyEntries)),
        KeyDeclaration("images", "Reference photos, relative to this file.", .textOrList),
    ], required: ["id"])

    static let responseKinds = ["text", "image", "audio", "video"]

    /// The request options a template's front matter may set.
    static let requestOptions: [KeyDeclaration] = [
        KeyDeclaration("response", "What the model returns: text and/or image.",
            .oneOf([.choice(responseKinds), .list(.choice(responseKinds))])),
        KeyDeclaration("thinking", "The thinking level (Gemini).", .choice(["minimal", "high"])),
        KeyDeclaration("grounding", "Search grounding (Gemini).", .mapping([
            KeyDeclaration("web", "Ground in web search.", .boolean),
            KeyDeclaration("image-search", "Ground in image search.", .boolean),
        ])),
        KeyDeclaration("safety", "Safety thresholds by category (Gemini).", .entries(
            .choice(["harassment", "hate-speech", "sexually-explicit", "dangerous-content", "civic-integrity"]),
            .choice(["block-low-and-above", "block-medium-and-above", "block-only-high", "block-none", "off"]))),
        KeyDeclaration("quality", "Image quality (OpenAI Images).", .choice(["low", "medium", "high", "auto"])),
        KeyDeclaration("background", "Image background (OpenAI Images).", .choice(["transparent", "opaque", "auto"])),
        KeyDeclaration("output-format", "Image file format (OpenAI Images).", .choice(["png", "jpeg", "webp"])),
        KeyDeclaration("input-fidelity", "How closely edits keep input images (OpenAI Images).", .choice(["high", "low"])),
        KeyDeclaration("streaming", "Live streaming, which no image model offers (reported by lint).", .boolean),
        KeyDeclaration("tools", "Tools such as function-calling, which image requests cannot use.", .textOrList),
    ]

    /// The YAML front matter between `---` lines at the top of a `.mustache` template.
    public static let templateFrontMatter = ValueShape.mapping([
        KeyDeclaration("name", "The template's name, used in output file names.", .text),
        KeyDeclaration("description", "What the template makes.", .text),
        KeyDeclaration("target", "The model the request is for (brandc models lists them).", .text),
        KeyDeclaration("route", "A route from the registry (brandc route lists them).", .text),
        KeyDeclaration("workload", "The kind of work, for routing.", .text),
        KeyDeclaration("channel", "The channel whose defaults apply.", .text),
        KeyDeclaration("aspect-ratio", "The aspect ratio, e.g. \"21:9\" (quoted).", .pattern("^0*[1-9][0-9]*:0*[1-9][0-9]*$", example: "16:9")),
        KeyDeclaration("image-size", "The image size: 1K, 2K, 4K or WIDTHxHEIGHT.", .text),
        KeyDeclaration("text-blocks", "Text the image must contain, by copy role.", .list(.mapping([
            KeyDeclaration("role", "The copy role (headline, subline, cta…).", .text),
            KeyDeclaration("max-graphemes", "The most user-perceived characters the text may have.", .integer),
            KeyDeclaration("max-columns", "The most terminal columns (East Asian Width) the text may take.", .integer),
            KeyDeclaration("placement", "Where the text goes in the image.", .text),
            KeyDeclaration("layout", "The text's layout.", .choice(["horizontal", "vertical"])),
            KeyDeclaration("required", "Whether a missing text is an error.", .boolean),
        ], required: ["role"]))),
        KeyDeclaration("sections", "How each section of the request may shrink to fit the budget.",
            .entries(.choice(PromptTemplate.sectionNames), .mapping([
                KeyDeclaration("priority", "Higher priorities are kept longer.", .integer),
                KeyDeclaration("required", "Whether the section must stay whole.", .boolean),
                KeyDeclaration("shrink", "How the section shrinks.", .choice(["drop", "drop-items", "keep-first"])),
                KeyDeclaration("keep", "With keep-first: how many items to keep.", .integer),
                KeyDeclaration("include", "Whether the section is in the request at all.", .boolean),
            ]))),
        KeyDeclaration("feed", "How product feed columns map to product fields.",
            .documentedElsewhere("the feed column mapping; see docs/feeds.md")),
    ] + requestOptions)

    /// `brandc.yaml`; `ruleNames` are the diagnostic codes' ids and names a rule may be keyed by.
    public static func projectConfig(ruleNames: [String]) -> ValueShape {
        .mapping([
            KeyDeclaration("rules", "Rule severities by code or name (C004, unknown-channel): off, note, warning or error.",
                .entries(.choice(ruleNames), .oneOf([.choice(["off", "note", "warning", "error"]), .boolean]))),
            KeyDeclaration("limits", "Loader limits for hostile input.", .mapping([
                KeyDeclaration("max-depth", "The deepest nesting a YAML file may have.", .integer),
                KeyDeclaration("max-file-bytes", "The largest file read, in bytes.", .integer),
                KeyDeclaration("max-scalar-bytes", "The largest single value, in bytes.", .integer),
                KeyDeclaration("max-alias-expansion", "The most nodes alias expansion may produce.", .integer),
            ])),
            KeyDeclaration("registry", "A model registry file laid over the built-in one.", .text),
            KeyDeclaration("budget", "Token budget settings.", .mapping([
                KeyDeclaration("guide-share-warning", "Warn when the guide alone takes more than this percent of the smallest window.", .number),
            ])),
            KeyDeclaration("check", "What `brandc check` measures generated images against.", .mapping([
                KeyDeclaration("palette-share", "Percent of the pixels that must lie within delta-e of a brand colour.", .number),
                KeyDeclaration("delta-e", "CIEDE2000 distance that still counts as the brand colour (above 0, at most 100).", .number),
                KeyDeclaration("foreign-colour-share", "Percent: a dominant colour this large and far from the palette is reported.", .number),
                KeyDeclaration("ocr-confidence", "0-100: text read less surely than this is a note, not a finding.", .number),
                KeyDeclaration("max-image-pixels", "Larger images are not decoded (decompression bombs).", .integer),
            ])),
        ])
    }
}
