import BrandModel

/// The data a template renders, shaped as `ContextShape.prompt` describes, as the plain
/// dictionaries and arrays swift-mustache reads.
enum PromptContext {
    static func make(
        base: FrozenContext, product: ProductRecord?, locale: BrandLocale?, blocks: [TextBlock],
        references: [ReferenceImage], image: [String: Any]
    ) -> [String: Any] {
        var context = base.value
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

    /// What every context starts from, built once per run: the brand, and the text of each run of
    /// brand-only template lines (`FoldedTemplate`) under its variable.
    static func base(brand: [String: Any], folded: [String: String]) -> FrozenContext {
        var context: [String: Any] = folded
        context["brand"] = brand
        return FrozenContext(value: context)
    }

    static func brandValues(_ guide: BrandGuide) -> [String: Any] {
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

    /// Built for every product, so without `unwrap`'s reflection: absent fields are simply not set.
    private static func product(_ product: ProductRecord, locale: String?) -> [String: Any] {
        var copy: [String: Any] = [:]
        for entry in locale.map(product.copy(for:)) ?? [] { copy[entry.role.value] = entry.text.value }
        var values: [String: Any] = [
            "id": product.id.value,
            "attributes": product.attributes.map { ["name": $0.name.value, "value": $0.value.value] },
            "copy": copy,
        ]
        for (key, field) in [("sku", product.sku), ("title", product.title), ("description", product.description),
                             ("brand", product.brand), ("channel", product.channel)] {
            if let field { values[key] = field.value }
        }
        return values
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
