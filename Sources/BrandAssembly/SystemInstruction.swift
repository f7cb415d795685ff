import BrandModel

/// The brand rules every request carries as its system instruction, in a fixed order.
enum SystemInstruction {
    static func text(for guide: BrandGuide) -> String {
        var sections: [String] = []
        let name = guide.identity.name?.value ?? "the brand"
        var identity = ["You create images for \(name) that follow its brand guide exactly."]
        if let tagline = guide.identity.tagline?.value { identity.append("Tagline: \(tagline)") }
        if let mission = guide.identity.mission?.value { identity.append("Mission: \(mission)") }
        sections.append(identity.joined(separator: "\n"))
        sections.append(list("Voice and tone", guide.voice.tone.map(\.value)))
        sections.append(list("Do", guide.voice.dos.map(\.value)))
        sections.append(list("Don't", guide.voice.donts.map(\.value)))
        sections.append(list("Never use these terms", guide.voice.bannedTerms.map(\.value)))
        sections.append(list("Trademarks, spelled exactly so", guide.voice.trademarks.map(\.value)))
        sections.append(list("Palette", guide.colors.map { color in
            var line = "\(color.name?.value ?? color.key.value) \(color.hex.value)"
            if let role = color.role?.value { line += " (\(role))" }
            if let usage = color.usage?.value { line += ": \(usage)" }
            return line
        }))
        sections.append(list("Typography by script", guide.typography.map { font in
            "\(font.script.value): \(font.family.value)" + (font.weight.map { " \($0.value)" } ?? "")
        }))
        var logo = guide.logo.rules.map(\.value)
        if let clearSpace = guide.logo.clearSpace?.value { logo.insert("Clear space: \(clearSpace)", at: 0) }
        sections.append(list("Logo rules", logo))
        let photo = guide.photography
        var photography = [
            photo.style.map { "Style: \($0.value)" }, photo.lighting.map { "Lighting: \($0.value)" },
            photo.composition.map { "Composition: \($0.value)" }, photo.background.map { "Background: \($0.value)" },
        ].compactMap { $0 }
        photography += photo.rules.map(\.value)
        sections.append(list("Photography", photography))
        sections.append(list("Avoid", guide.avoid.map(\.value)))
        return sections.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private static func list(_ title: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "\(title):\n" + items.map { "- \($0)" }.joined(separator: "\n")
    }
}
