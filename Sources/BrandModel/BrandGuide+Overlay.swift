extension BrandGuide {
    /// This guide's values laid over `base`: a value set here wins, keyed entries (colours, fonts,
    /// locales, channels) are merged by key, and lists set here replace the base's lists.
    public func overlaid(on base: BrandGuide) -> BrandGuide {
        var merged = self
        merged.identity.name = identity.name ?? base.identity.name
        merged.identity.tagline = identity.tagline ?? base.identity.tagline
        merged.identity.mission = identity.mission ?? base.identity.mission
        merged.voice.tone = voice.tone.isEmpty ? base.voice.tone : voice.tone
        merged.voice.dos = voice.dos.isEmpty ? base.voice.dos : voice.dos
        merged.voice.donts = voice.donts.isEmpty ? base.voice.donts : voice.donts
        merged.voice.bannedTerms = voice.bannedTerms.isEmpty ? base.voice.bannedTerms : voice.bannedTerms
        merged.voice.trademarks = voice.trademarks.isEmpty ? base.voice.trademarks : voice.trademarks
        merged.voice.substitutions = voice.substitutions.isEmpty ? base.voice.substitutions : voice.substitutions
        merged.voice.forbiddenClaims =
            voice.forbiddenClaims.isEmpty ? base.voice.forbiddenClaims : voice.forbiddenClaims
        merged.colors = Self.mergeKeyed(base.colors, colors) { $0.key.value }
        merged.typography = Self.mergeKeyed(base.typography, typography) { $0.script.value }
        merged.typeRoles = Self.mergeKeyed(base.typeRoles, typeRoles) { $0.role.value }
        merged.logo.files = logo.files.isEmpty ? base.logo.files : logo.files
        merged.logo.clearSpace = logo.clearSpace ?? base.logo.clearSpace
        merged.logo.rules = logo.rules.isEmpty ? base.logo.rules : logo.rules
        merged.photography.style = photography.style ?? base.photography.style
        merged.photography.lighting = photography.lighting ?? base.photography.lighting
        merged.photography.composition = photography.composition ?? base.photography.composition
        merged.photography.background = photography.background ?? base.photography.background
        merged.photography.rules = photography.rules.isEmpty ? base.photography.rules : photography.rules
        merged.avoid = avoid.isEmpty ? base.avoid : avoid
        merged.locales = Self.mergeKeyed(base.locales, locales) { $0.tag.value.lowercased() }.map { locale in
            guard let parent = base.locale(locale.tag.value), self.locale(locale.tag.value) != nil else { return locale }
            var combined = locale
            combined.script = locale.script ?? parent.script
            combined.direction = locale.direction ?? parent.direction
            combined.font = locale.font ?? parent.font
            combined.copy = Self.mergeKeyed(parent.copy, locale.copy) { $0.role.value }
            return combined
        }
        merged.channels = Self.mergeKeyed(base.channels, channels) { $0.name.value }
        merged.feedMapping = feedMapping ?? base.feedMapping
        return merged
    }

    /// Base entries in base order with overrides in place, then new entries in their own order.
    static func mergeKeyed<T>(_ base: [T], _ overrides: [T], key: (T) -> String) -> [T] {
        var result = base
        for entry in overrides {
            if let index = result.firstIndex(where: { key($0) == key(entry) }) {
                result[index] = entry
            } else {
                result.append(entry)
            }
        }
        return result
    }
}
