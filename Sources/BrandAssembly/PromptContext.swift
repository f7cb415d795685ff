import BrandDiagnostics
import BrandModel

/// The data a template renders, shaped as `ContextShape.prompt` describes. Absent values are left
/// out, so a template sees a missing name, never the text "nil".
enum PromptContext {
    static func make(
        base: [String: ContextValue], product: ProductRecord?, locale: (BrandLocale, ResolvedLocale)?, blocks: [TextBlock],
        references: [ReferenceImage], image: [String: ContextValue]
    ) -> ContextValue {
        var context = base
        if let product { context["product"] = self.product(product, locale: locale?.0.tag.value) }
        if let (locale, resolved) = locale { context["locale"] = self.locale(locale, resolved) }
        context["text_blocks"] = .list(blocks.enumerated().map { index, block in
            .map(["role": .text(block.role), "text": .text(block.text), "block": .text(block.rendered(number: index + 1))])
        })
        context["image"] = .map(image)
        context["references"] = .list(references.enumerated().map { index, reference in
            .map(["number": .text("\(index + 1)"), "role": .text(reference.role.rawValue),
                  "description": .text(reference.role == .logo ? "the brand logo" : "a photo of the product")])
        })
        return .map(context)
    }

    static func brand(_ guide: BrandGuide) -> ContextValue {
        let photo = guide.photography
        var brand: [String: ContextValue] = [
            "tone": .texts(guide.voice.tone.map(\.value)), "dos": .texts(guide.voice.dos.map(\.value)),
            "donts": .texts(guide.voice.donts.map(\.value)), "banned_terms": .texts(guide.voice.bannedTerms.map(\.value)),
            "trademarks": .texts(guide.voice.trademarks.map(\.value)),
            "colors": .list(guide.colors.map { color in
                var members: [String: ContextValue] = [
                    "key": .text(color.key.value), "name": .text(color.name?.value ?? color.key.value),
                    "hex": .text(color.hex.value),
                ]
                members.set("role", color.roles.isEmpty ? nil : color.roles.map(\.value).joined(separator: ", "))
                members.set("usage", color.usage?.value)
                return .map(members)
            }),
            "typography": .list(guide.typography.map { font in
                var members: [String: ContextValue] = ["script": .text(font.script.value), "family": .text(font.family.value)]
                members.set("weight", font.weight?.value)
                return .map(members)
            }),
            "avoid": .texts(guide.avoid.map(\.value)),
        ]
        brand.set("name", guide.identity.name?.value)
        brand.set("tagline", guide.identity.tagline?.value)
        brand.set("mission", guide.identity.mission?.value)
        var logo: [String: ContextValue] = ["rules": .texts(guide.logo.rules.map(\.value))]
        logo.set("clear_space", guide.logo.clearSpace?.value)
        brand["logo"] = .map(logo)
        var photography: [String: ContextValue] = ["rules": .texts(photo.rules.map(\.value))]
        photography.set("style", photo.style?.value)
        photography.set("lighting", photo.lighting?.value)
        photography.set("composition", photo.composition?.value)
        photography.set("background", photo.background?.value)
        brand["photography"] = .map(photography)
        return .map(brand)
    }

    /// The locale with its resolved script, direction and font (the values its text blocks use).
    private static func locale(_ locale: BrandLocale, _ resolved: ResolvedLocale) -> ContextValue {
        var copy: [String: ContextValue] = [:]
        for entry in locale.copy { copy[entry.role.value] = .text(entry.text.value) }
        var values: [String: ContextValue] = ["tag": .text(locale.tag.value), "copy": .map(copy)]
        values.set("script", resolved.script)
        values.set("direction", resolved.direction)
        values.set("font", resolved.font)
        return .map(values)
    }

    /// The attributes as a list of name/value pairs that also answer by name; the first of a repeated name wins.
    private static func attributes(_ attributes: [(name: Located<String>, value: Located<String>)]) -> ContextValue {
        var byName: [String: ContextValue] = [:]
        for attribute in attributes where byName[attribute.name.value] == nil {
            byName[attribute.name.value] = .text(attribute.value.value)
        }
        return .namedList(
            attributes.map { .map(["name": .text($0.name.value), "value": .text($0.value.value)]) }, byName: byName)
    }

    private static func product(_ product: ProductRecord, locale: String?) -> ContextValue {
        var copy: [String: ContextValue] = [:]
        for entry in locale.map(product.copy(for:)) ?? [] { copy[entry.role.value] = .text(entry.text.value) }
        var values: [String: ContextValue] = [
            "id": .text(product.id.value),
            "attributes": attributes(product.attributes),
            "copy": .map(copy),
        ]
        values.set("sku", product.sku?.value)
        values.set("title", product.title?.value)
        values.set("description", product.description?.value)
        values.set("brand", product.brand?.value)
        values.set("channel", product.channel?.value)
        return .map(values)
    }
}
