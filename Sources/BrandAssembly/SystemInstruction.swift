import BrandModel

/// The brand rules every request carries as its system instruction, as sections in a fixed order.
enum SystemInstruction {
    static func sections(for guide: BrandGuide) -> [PromptSection] {
        let name = guide.identity.name?.value ?? "the brand"
        var identity = ["You create images for \(name) that follow its brand guide exactly."]
        if let tagline = guide.identity.tagline?.value { identity.append("Tagline: \(tagline)") }
        if let mission = guide.identity.mission?.value { identity.append("Mission: \(mission)") }
        let voice = guide.voice
        let voiceItems = voice.tone.map { "Tone: \($0.value)" } + voice.dos.map { "Do: \($0.value)" }
            + voice.donts.map { "Don't: \($0.value)" } + voice.bannedTerms.map { "Never use the term: \($0.value)" }
            + voice.trademarks.map { "Spell the trademark exactly: \($0.value)" }
        let palette = guide.colors.map { color in
            var line = "\(color.name?.value ?? color.key.value) \(color.hex.value)"
            if !color.roles.isEmpty { line += " (" + color.roles.map(\.value).joined(separator: ", ") + ")" }
            if let usage = color.usage?.value { line += ": \(usage)" }
            return line
        }
        let typography = guide.typography.map { font in
            "\(font.script.value): \(font.family.value)" + (font.weight.map { " \($0.value)" } ?? "")
        }
        let typeRoles = guide.typeRoles.map { role in
            "\(role.role.value): \(role.family.value)" + (role.weight.map { " \($0.value)" } ?? "")
                + (role.source.map { " (\($0.value) font)" } ?? "")
        }
        var logo = guide.logo.rules.map(\.value)
        if let clearSpace = guide.logo.clearSpace?.value { logo.insert("Clear space: \(clearSpace)", at: 0) }
        let photo = guide.photography
        let photography = [
            photo.style.map { "Style: \($0.value)" }, photo.lighting.map { "Lighting: \($0.value)" },
            photo.composition.map { "Composition: \($0.value)" }, photo.background.map { "Background: \($0.value)" },
        ].compactMap { $0 } + photo.rules.map(\.value)
        let copy = guide.locales.flatMap { locale in
            locale.copy.map { "\(locale.tag.value) \($0.role.value): \($0.text.value)" }
        }
        return [
            PromptSection(name: "identity", title: nil, items: identity),
            PromptSection(name: "voice", title: "Voice", items: voiceItems),
            PromptSection(name: "palette", title: "Palette", items: palette),
            PromptSection(name: "typography", title: "Typography by script", items: typography),
            PromptSection(name: "type-roles", title: "Type roles", items: typeRoles),
            PromptSection(name: "logo", title: "Logo rules", items: logo),
            PromptSection(name: "photography", title: "Photography", items: photography),
            PromptSection(name: "avoid", title: "Avoid", items: guide.avoid.map(\.value)),
            PromptSection(
                name: "locale-copy", title: "Approved copy by locale (for tone; draw only the text blocks of the prompt)",
                items: copy),
        ].filter { !$0.items.isEmpty }
    }

    /// The system instruction text: the sections that are kept, in order, a blank line apart.
    static func text(_ sections: [PromptSection]) -> String {
        sections.filter { $0.placement == .systemInstruction }.map(\.text).joined(separator: "\n\n")
    }
}
