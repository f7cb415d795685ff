import BrandModel

/// The data a template renders, shaped as `ContextShape.prompt` describes, as the plain
/// dictionaries and arrays swift-mustache reads.
enum PromptContext {
    static func make(
        brand: FrozenContext, product: ProductRecord?, locale: BrandLocale?, blocks: [TextBlock],
        references: [ReferenceImage], image: [String: Any]
    ) -> [String: Any] {
        var context: [String: Any] = [:]
        context["brand"] = brand.value
        if let product { context["product"] = self.product(product, locale: locale?.tag.value) }
        if let locale {
            var copy: [String: Any] = [:]
            for entry in locale.copy { copy[entry.role.value] = entry.text.value }
            context["locale"] = [
                "tag": locale.tag.value, "script": locale.script?.value as Any, "direction": locale.direction?.value as Any,
                "font": locale.font?.value as Any, "copy": copy,
            ].compactMapValues(unwrap)
        }
        context["text_blocks"] = blocks.enumerated().map { index, block in
            ["role": block.role, "text": block.text, "block": block.rendered(number: index + 1)]
        }
        context["image"] = image
        context["references"] = references.enumerated().map { index, reference in
            ["number": "\(index + 1)", "role": reference.role.rawValue,
             "description": reference.role == .logo ? "the brand logo" : "a photo of the product"]
        }
        return context
    }

    /// The brand's part of every context: the same for every product, so built once per run.
    static func brand(_ guide: BrandGuide) -> FrozenContext {
        FrozenContext(value: brandValues(guide))
    }

    private static func brandValues(_ guide: BrandGuide) -> [String: Any] {
        let photo = guide.photography
        return [
            "name": guide.identity.name?.value as Any, "tagline": guide.identity.tagline?.value as Any,
            "mission": guide.identity.mission?.value as Any,
            "tone": guide.voice.tone.map(\.value), "dos": guide.voice.dos.map(\.value),
            "donts": guide.voice.donts.map(\.value), "banned_terms": guide.voice.bannedTerms.map(\.value),
            "trademarks": guide.voice.trademarks.map(\.value),
            "colors": guide.colors.map { color in
                ["key": color.key.value, "name": color.name?.value ?? color.key.value, "hex": color.hex.value,
                 "role": color.role?.value as Any, "usage": color.usage?.value as Any].compactMapValues(unwrap)
            },
            "typography": guide.typography.map { font in
                ["script": font.script.value, "family": font.family.value, "weight": font.weight?.value as Any]
                    .compactMapValues(unwrap)
            },
            "logo": ["rules": guide.logo.rules.map(\.value), "clear_space": guide.logo.clearSpace?.value as Any]
                .compactMapValues(unwrap),
            "photography": [
                "style": photo.style?.value as Any, "lighting": photo.lighting?.value as Any,
                "composition": photo.composition?.value as Any, "background": photo.background?.value as Any,
                "rules": photo.rules.map(\.value),
            ].compactMapValues(unwrap),
            "avoid": guide.avoid.map(\.value),
        ].compactMapValues(unwrap)
    }

    private static func product(_ product: ProductRecord, locale: String?) -> [String: Any] {
        var copy: [String: Any] = [:]
        for entry in locale.map(product.copy(for:)) ?? [] { copy[entry.role.value] = entry.text.value }
        return [
            "id": product.id.value, "sku": product.sku?.value as Any, "title": product.title?.value as Any,
            "description": product.description?.value as Any, "brand": product.brand?.value as Any,
            "channel": product.channel?.value as Any,
            "attributes": product.attributes.map { ["name": $0.name.value, "value": $0.value.value] },
            "copy": copy,
        ].compactMapValues(unwrap)
    }

    /// Drops absent optionals so Mustache sees a missing key, not the text "nil".
    private static func unwrap(_ value: Any) -> Any? {
        if case Optional<Any>.none = value as Any? { return nil }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional { return mirror.children.first?.value }
        return value
    }
}

/// Context values built once and only read afterwards. `[String: Any]` is not `Sendable`; this is
/// safe because it holds only strings, arrays and dictionaries of them, and nothing mutates it.
struct FrozenContext: @unchecked Sendable {
    let value: [String: Any]
}
