/// The names a template may use, as a tree: a template that names anything else is reported,
/// since Mustache itself renders an unknown name as an empty string without a word.
public indirect enum ContextShape: Sendable {
    case value
    case map([String: ContextShape])
    /// A map whose keys come from the data (copy roles), so any name is accepted below it.
    case openMap
    case list(of: ContextShape)
    /// A list whose items also answer by name (`product.attributes.size`): the names come from each
    /// product, so any name is accepted here and checked against the product when it is rendered.
    case namedList(of: ContextShape)

    func member(_ name: String) -> ContextShape? {
        switch self {
        case .map(let members): members[name]
        case .openMap: .openMap
        case .namedList: .value
        case .value, .list: nil
        }
    }

    /// What a section `{{#name}}` opens: a list's item, a map itself, or nothing new for a flag.
    var sectionScope: ContextShape? {
        switch self {
        case .list(let item), .namedList(let item): item
        case .map, .openMap: self
        case .value: nil
        }
    }

    /// The variables brandc provides to every template; see docs/templates.md.
    public static let prompt: ContextShape = .map([
        "brand": .map([
            "name": .value, "tagline": .value, "mission": .value,
            "tone": .list(of: .value), "dos": .list(of: .value), "donts": .list(of: .value),
            "banned_terms": .list(of: .value), "trademarks": .list(of: .value),
            "colors": .list(of: .map(["key": .value, "name": .value, "hex": .value, "role": .value, "usage": .value])),
            "typography": .list(of: .map(["script": .value, "family": .value, "weight": .value])),
            "logo": .map(["rules": .list(of: .value), "clear_space": .value]),
            "photography": .map([
                "style": .value, "lighting": .value, "composition": .value, "background": .value,
                "rules": .list(of: .value),
            ]),
            "avoid": .list(of: .value),
        ]),
        "product": .map([
            "id": .value, "sku": .value, "title": .value, "description": .value, "brand": .value,
            "channel": .value, "attributes": .namedList(of: .map(["name": .value, "value": .value])), "copy": .openMap,
        ]),
        "locale": .map(["tag": .value, "script": .value, "direction": .value, "font": .value, "copy": .openMap]),
        "text_blocks": .list(of: .map(["role": .value, "text": .value, "block": .value])),
        "image": .map(["aspect_ratio": .value, "size": .value, "channel": .value, "model": .value]),
        "references": .list(of: .map(["number": .value, "role": .value, "description": .value])),
    ])
}
