import BrandDiagnostics
import BrandYAML

extension BrandColor {
    /// `colors:` maps a key to either a hex string or `{hex, name, role, usage}`.
    static func decodePalette(_ node: YAMLNode, _ reader: inout NodeReader) -> [BrandColor] {
        reader.entries(node, "'colors'").compactMap { key, value in
            if value.scalar != nil {
                guard let hex = decodeHex(value, "colour '\(key.value)'", &reader) else { return nil }
                return BrandColor(key: key, hex: hex)
            }
            let known = ["hex", "name", "role", "usage"]
            guard let fields = reader.fields(of: value, in: "colour '\(key.value)'", known: known, required: ["hex"]),
                let hexNode = fields["hex"], let hex = decodeHex(hexNode, "colour '\(key.value)'", &reader)
            else { return nil }
            return BrandColor(
                key: key, name: fields["name"].flatMap { reader.string($0, "the colour's name") }, hex: hex,
                role: fields["role"].flatMap { reader.string($0, "the colour's role") },
                usage: fields["usage"].flatMap { reader.string($0, "the colour's usage") })
        }
    }

    /// A hex colour, or a `{colors.other}` reference that is resolved after the whole guide is read.
    static func decodeHex(_ node: YAMLNode, _ context: String, _ reader: inout NodeReader) -> Located<String>? {
        guard let text = reader.string(node, context) else { return nil }
        if BrandReferences.isReference(text.value) { return text }
        switch HexColor.normalize(text.value) {
        case .success(let hex):
            return Located(hex, at: text.location)
        case .failure(.missingHash(let suggestion)):
            reader.diagnostics.report(
                .badColor, "\(context) '\(text.value)' needs a leading '#'", at: text.location,
                fix: FixSuggestion(
                    "write \"\(suggestion)\" (quoted: an unquoted '#' starts a comment)",
                    replacement: TextReplacement(at: text.location, with: "\"\(suggestion)\"")))
        case .failure(.malformed):
            reader.diagnostics.report(
                .badColor, "\(context) '\(text.value)' is not a hex colour", at: text.location,
                fix: FixSuggestion("write it as \"#RRGGBB\", e.g. \"#0A5CFF\""))
        }
        return nil
    }
}

extension ScriptFont {
    /// `typography:` maps an ISO 15924 script code to a family name or `{family, weight, fallback}`.
    static func decodeAll(_ node: YAMLNode, _ reader: inout NodeReader) -> [ScriptFont] {
        reader.entries(node, "'typography'").compactMap { key, value in
            guard ScriptCode.known.contains(key.value) else {
                reader.reportUnknown(
                    key, among: ScriptCode.known, code: .badValue,
                    "'\(key.value)' is not an ISO 15924 script code brandc knows (e.g. Latn, Jpan, Arab)")
                return nil
            }
            if value.scalar != nil {
                return reader.string(value, "the font for \(key.value)").map { ScriptFont(script: key, family: $0) }
            }
            let known = ["family", "weight", "fallback"]
            guard let fields = reader.fields(of: value, in: "the font for \(key.value)", known: known, required: ["family"]),
                let family = fields["family"].flatMap({ reader.string($0, "the font family") })
            else { return nil }
            return ScriptFont(
                script: key, family: family, weight: fields["weight"].flatMap { reader.string($0, "the font weight") },
                fallback: fields["fallback"].map { reader.stringList($0, "the font fallback") } ?? [])
        }
    }
}

extension BrandLocale {
    static func decodeAll(_ node: YAMLNode, _ reader: inout NodeReader) -> [BrandLocale] {
        reader.entries(node, "'locales'").compactMap { key, value in
            guard let tag = LocaleTagReader.check(key, &reader) else { return nil }
            let known = ["script", "direction", "font", "copy"]
            guard let fields = reader.fields(of: value, in: "locale '\(key.value)'", known: known) else { return nil }
            var locale = BrandLocale(tag: tag)
            locale.script = fields["script"].flatMap { reader.choice($0, "script code", allowed: ScriptCode.known) }
            locale.direction = fields["direction"].flatMap { reader.choice($0, "text direction", allowed: ["ltr", "rtl"]) }
            locale.font = fields["font"].flatMap { reader.string($0, "the locale's font") }
            locale.copy = fields["copy"].map { CopyEntry.decodeAll($0, "copy for '\(key.value)'", &reader) } ?? []
            return locale
        }
    }
}

extension CopyEntry {
    static func decodeAll(_ node: YAMLNode, _ context: String, _ reader: inout NodeReader) -> [CopyEntry] {
        reader.entries(node, context).compactMap { role, value in
            reader.string(value, "the \(role.value) in \(context)").map { CopyEntry(role: role, text: $0) }
        }
    }
}

extension ChannelDefaults {
    static func decodeAll(_ node: YAMLNode, _ reader: inout NodeReader) -> [ChannelDefaults] {
        reader.entries(node, "'channels'").compactMap { name, value -> ChannelDefaults? in
            let known = ["aspect-ratio", "image-size"]
            guard let fields = reader.fields(of: value, in: "channel '\(name.value)'", known: known) else { return nil }
            return ChannelDefaults(
                name: name,
                aspectRatio: fields["aspect-ratio"].flatMap { reader.aspectRatio($0, "the aspect ratio") },
                imageSize: fields["image-size"].flatMap { reader.string($0, "the image size") })
        }
    }
}

/// Checks a locale key as a BCP 47 tag and reports a malformed one with a suggestion.
enum LocaleTagReader {
    static func check(_ key: Located<String>, _ reader: inout NodeReader) -> Located<String>? {
        if LanguageTag(key.value) != nil { return key }
        let repaired = key.value.replacingOccurrences(of: "_", with: "-")
        let fix = LanguageTag(repaired).map {
            FixSuggestion("BCP 47 separates subtags with '-': '\($0.canonical)'",
                          replacement: TextReplacement(at: key.location, with: $0.canonical))
        }
        reader.diagnostics.report(
            .badLanguageTag, "'\(key.value)' is not a BCP 47 language tag (e.g. 'ja', 'zh-Hans', 'pt-BR')",
            at: key.location, fix: fix)
        return nil
    }
}
