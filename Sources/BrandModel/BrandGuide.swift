public import BrandDiagnostics

/// A brand style guide (schema v1): who the brand is, how it speaks, how it looks, and its locales.
/// Every value keeps the location it was read from, so later stages report at the right line.
public struct BrandGuide: Sendable {
    /// The newest schema version this brandc reads.
    public static let schemaVersion = 1

    public var file: String
    public var extends: Located<String>?
    /// A Posit `_brand.yml` whose colours, fonts and logos fill in this guide's visual part.
    public var brandYML: Located<String>?
    public var identity = BrandIdentity()
    public var voice = BrandVoice()
    public var colors: [BrandColor] = []
    public var typography: [ScriptFont] = []
    /// Type roles from a brand.yml (`base`, `headings`, `monospace`…), each with its family.
    public var typeRoles: [TypeRole] = []
    public var logo = LogoRules()
    public var photography = PhotographyRules()
    public var avoid: [Located<String>] = []
    public var locales: [BrandLocale] = []
    public var channels: [ChannelDefaults] = []
    /// The `feed:` mapping (feed columns to product fields), for the feed reader; `nil` when the guide has none.
    public var feedMapping: FeedMapping?

    public init(file: String) {
        self.file = file
    }

    public func locale(_ tag: String) -> BrandLocale? {
        locales.first { $0.tag.value.caseInsensitiveCompare(tag) == .orderedSame }
    }

    public func channel(_ name: String) -> ChannelDefaults? {
        channels.first { $0.name.value == name }
    }

    public func font(forScript code: String) -> ScriptFont? {
        typography.first { $0.script.value == code }
    }
}

public struct BrandIdentity: Sendable {
    public var name: Located<String>?
    public var tagline: Located<String>?
    public var mission: Located<String>?
    public init() {}
}

public struct BrandVoice: Sendable {
    public var tone: [Located<String>] = []
    public var dos: [Located<String>] = []
    public var donts: [Located<String>] = []
    public var bannedTerms: [Located<String>] = []
    /// Trademarks in their only correct spelling (`AcmeCloud™`); other spellings in copy are flagged.
    public var trademarks: [Located<String>] = []
    /// Words the copy must write one way: `use: e-mail, not: [email, E-Mail]`.
    public var substitutions: [VoiceSubstitution] = []
    /// Claims the copy must never make (`cures`, `clinically proven`), each with the reason why.
    public var forbiddenClaims: [ForbiddenClaim] = []
    public init() {}
}

/// A named palette colour with its hex value (normalised to `#RRGGBB`) and role.
public struct BrandColor: Sendable {
    public var key: Located<String>
    public var name: Located<String>?
    public var hex: Located<String>
    /// The theme roles this colour plays (`primary`, `background`…), in the order they were named;
    /// a brand.yml palette colour can play several.
    public var roles: [Located<String>]
    public var usage: Located<String>?

    /// The first role, the one a brandc guide's `role:` key sets.
    public var role: Located<String>? { roles.first }

    public init(key: Located<String>, name: Located<String>? = nil, hex: Located<String>,
                role: Located<String>? = nil, usage: Located<String>? = nil) {
        self.key = key
        self.name = name
        self.hex = hex
        self.roles = role.map { [$0] } ?? []
        self.usage = usage
    }
}

/// The brand font for one writing system, keyed by ISO 15924 code (`Latn`, `Jpan`, `Arab`…).
public struct ScriptFont: Sendable {
    public var script: Located<String>
    public var family: Located<String>
    public var weight: Located<String>?
    public var fallback: [Located<String>]

    public init(script: Located<String>, family: Located<String>, weight: Located<String>? = nil,
                fallback: [Located<String>] = []) {
        self.script = script
        self.family = family
        self.weight = weight
        self.fallback = fallback
    }
}

/// A brand.yml type role: which family (and weight) sets body text, headings, code or links, and
/// where the family comes from (`google`, `bunny`, `file`, `system`) when the fonts list says.
public struct TypeRole: Sendable {
    public var role: Located<String>
    public var family: Located<String>
    public var weight: Located<String>?
    public var source: Located<String>?

    public init(role: Located<String>, family: Located<String>, weight: Located<String>? = nil,
                source: Located<String>? = nil) {
        self.role = role
        self.family = family
        self.weight = weight
        self.source = source
    }
}

public struct LogoRules: Sendable {
    /// Reference image paths, relative to the guide's folder.
    public var files: [Located<String>] = []
    public var clearSpace: Located<String>?
    public var rules: [Located<String>] = []
    public init() {}
}

public struct PhotographyRules: Sendable {
    public var style: Located<String>?
    public var lighting: Located<String>?
    public var composition: Located<String>?
    public var background: Located<String>?
    public var rules: [Located<String>] = []
    public init() {}
}

/// One locale the brand writes in, with its copy by role (`headline`, `tagline`, `cta`…).
public struct BrandLocale: Sendable {
    public var tag: Located<String>
    public var script: Located<String>?
    public var direction: Located<String>?
    public var font: Located<String>?
    public var copy: [CopyEntry]

    /// The ISO 15924 code the locale writes in (see `ScriptCode.forLocale`).
    public var scriptCode: String { ScriptCode.forLocale(tag: tag.value, declared: script?.value) }

    public init(tag: Located<String>, script: Located<String>? = nil, direction: Located<String>? = nil,
                font: Located<String>? = nil, copy: [CopyEntry] = []) {
        self.tag = tag
        self.script = script
        self.direction = direction
        self.font = font
        self.copy = copy
    }
}

/// A piece of copy: its role and exact text.
public struct CopyEntry: Sendable {
    public var role: Located<String>
    public var text: Located<String>

    public init(role: Located<String>, text: Located<String>) {
        self.role = role
        self.text = text
    }
}

/// Image defaults for a channel such as `pdp`, `social-story` or `banner`.
public struct ChannelDefaults: Sendable {
    public var name: Located<String>
    public var aspectRatio: Located<String>?
    public var imageSize: Located<String>?

    public init(name: Located<String>, aspectRatio: Located<String>? = nil, imageSize: Located<String>? = nil) {
        self.name = name
        self.aspectRatio = aspectRatio
        self.imageSize = imageSize
    }
}
