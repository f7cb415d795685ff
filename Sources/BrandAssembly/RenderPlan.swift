/// A template body compiled for rendering over a `ContextValue`: the per-product part of a feed's
/// prompt rendered without swift-mustache's dynamic lookups (about ten times faster).
///
/// swift-mustache stays the reference: the plan is built only for bodies using the Mustache it
/// mirrors exactly (text, variables, sections, inverted sections, comments, with swift-mustache's
/// rules for lines a tag stands alone on), and `render` returns `nil` for anything it does not
/// cover (a list or map rendered as text), so the caller renders that request with swift-mustache.
/// Tests render every template both ways and compare.
struct RenderPlan: Sendable {
    indirect enum Node: Sendable, Equatable {
        case text(String)
        /// A name's components (`brand.name` → `["brand", "name"]`); empty for `.`.
        case variable([String])
        case section([String], inverted: Bool, [Node])
    }

    let nodes: [Node]

    /// The output for `root`, or `nil` when the plan cannot render it exactly.
    func render(_ root: ContextValue) -> String? {
        var output = ""
        var stack = [root]
        return Self.render(nodes, stack: &stack, into: &output) ? output : nil
    }

    private static func render(_ nodes: [Node], stack: inout [ContextValue], into output: inout String) -> Bool {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name):
                switch lookUp(name, in: stack) {
                case .text(let text): output += text
                case nil: continue
                case .list, .map, .namedList: return false  // swift-mustache writes Swift's description of these
                }
            case .section(let name, let inverted, let body):
                var value = lookUp(name, in: stack)
                if case .namedList(let items, _)? = value { value = .list(items) }
                switch (value, inverted) {
                case (.list(let items), false):
                    for item in items {
                        stack.append(item)
                        defer { stack.removeLast() }
                        guard render(body, stack: &stack, into: &output) else { return false }
                    }
                case (.list(let items), true):
                    guard items.isEmpty else { continue }
                    stack.append(.list([]))
                    defer { stack.removeLast() }
                    guard render(body, stack: &stack, into: &output) else { return false }
                case (.some(let value), false):
                    stack.append(value)
                    defer { stack.removeLast() }
                    guard render(body, stack: &stack, into: &output) else { return false }
                case (nil, true):
                    guard render(body, stack: &stack, into: &output) else { return false }
                case (.some, true), (nil, false):
                    continue
                }
            }
        }
        return true
    }

    /// swift-mustache's lookup: `.` is the innermost value; otherwise the first component is
    /// looked for from the innermost scope out, and the rest only inside what it found.
    private static func lookUp(_ name: [String], in stack: [ContextValue]) -> ContextValue? {
        guard let first = name.first else { return stack.last }
        guard var value = stack.lazy.reversed().compactMap({ $0.member(first) }).first else { return nil }
        for component in name.dropFirst() {
            guard let child = value.member(component) else { return nil }
            value = child
        }
        return value
    }
}
