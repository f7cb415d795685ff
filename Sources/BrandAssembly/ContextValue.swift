/// A template context value: text, a list, or a map. Prompt contexts hold nothing else, so the
/// tree's renderer (`TreeRenderer`) looks names up without the dynamic casts an `Any` tree needs;
/// `any` gives swift-mustache the same data as plain dictionaries and arrays.
enum ContextValue: Sendable {
    case text(String)
    case list([ContextValue])
    case map([String: ContextValue])
    /// A list whose items are also members by name: `{{#product.attributes}}` walks the items,
    /// `{{product.attributes.size}}` is the value named `size`.
    case namedList([ContextValue], byName: [String: ContextValue])

    /// The value as swift-mustache reads it.
    var any: Any {
        switch self {
        case .text(let text): text
        case .list(let items): items.map(\.any)
        case .map(let members): members.mapValues(\.any)
        case .namedList(let items, let byName): NamedMustacheList(items: items.map(\.any), byName: byName.mapValues(\.any))
        }
    }

    /// The root context as swift-mustache reads it: a map's members, else nothing.
    var anyMap: [String: Any] {
        if case .map(let members) = self { return members.mapValues(\.any) }
        return [:]
    }

    /// A member, as swift-mustache finds one: a map's, or a named list's by name.
    func member(_ name: String) -> ContextValue? {
        switch self {
        case .map(let members): members[name]
        case .namedList(_, let byName): byName[name]
        case .text, .list: nil
        }
    }

    /// A list of texts.
    static func texts(_ items: [String]) -> ContextValue {
        .list(items.map(ContextValue.text))
    }
}

extension Dictionary where Key == String, Value == ContextValue {
    /// Sets `key` to `text` when there is one: an absent value is a missing name, never "nil".
    mutating func set(_ key: String, _ text: String?) {
        if let text { self[key] = .text(text) }
    }
}
