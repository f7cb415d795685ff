/// A template context value: text, a list, or a map. Prompt contexts hold nothing else, so the
/// render plan (`RenderPlan`) looks names up without the dynamic casts an `Any` tree needs; `any`
/// gives swift-mustache the same data as plain dictionaries and arrays.
enum ContextValue: Sendable {
    case text(String)
    case list([ContextValue])
    case map([String: ContextValue])

    /// The value as swift-mustache reads it.
    var any: Any {
        switch self {
        case .text(let text): text
        case .list(let items): items.map(\.any)
        case .map(let members): members.mapValues(\.any)
        }
    }

    /// The root context as swift-mustache reads it: a map's members, else nothing.
    var anyMap: [String: Any] {
        if case .map(let members) = self { return members.mapValues(\.any) }
        return [:]
    }

    /// A map member, as swift-mustache finds one: only maps have members.
    func member(_ name: String) -> ContextValue? {
        if case .map(let members) = self { return members[name] }
        return nil
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
