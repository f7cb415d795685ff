import BrandModel

/// Renders a template's syntax tree over a `ContextValue`, writing what swift-mustache writes for
/// the same body after brandc's text pragma (the differential tests compare the two on every
/// template they have), without its dynamic lookups and casts.
struct TreeRenderer: Sendable {
    /// The partials' trees, by name.
    let partials: [String: [TemplateNode]]

    /// How deep partials may include partials: swift-mustache recurses without end (and crashes);
    /// here a partial nested deeper writes nothing.
    static let partialDepthLimit = 64

    func render(_ nodes: [TemplateNode], root: ContextValue) -> String {
        var output = ""
        var stack = [root]
        render(nodes, stack: &stack, indentation: "", depth: 0, into: &output)
        return output
    }

    /// Renders `nodes` as one swift-mustache template render: with `indentation` (a standalone
    /// partial's), each node's non-empty output that starts after a line break of this render's
    /// own output is indented.
    private func render(
        _ nodes: [TemplateNode], stack: inout [ContextValue], indentation: String, depth: Int, into output: inout String
    ) {
        guard !indentation.isEmpty else {
            for node in nodes { render(node, stack: &stack, indentation: indentation, depth: depth, into: &output) }
            return
        }
        let start = output.utf8.count
        for node in nodes {
            let before = output.utf8.count
            let atLineStart = Self.endsWithLineFeed(output, after: start)
            render(node, stack: &stack, indentation: indentation, depth: depth, into: &output)
            if atLineStart, output.utf8.count > before {
                output.insert(contentsOf: indentation, at: output.utf8.index(output.utf8.startIndex, offsetBy: before))
            }
        }
    }

    private func render(
        _ node: TemplateNode, stack: inout [ContextValue], indentation: String, depth: Int, into output: inout String
    ) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let name, _):
            switch Self.lookUp(name, in: stack) {
            case .text(let text)?: output += text
            case nil: break
            // swift-mustache writes Swift's description of the plain values it was given.
            case let value?: output += String(describing: value.any)
            }
        case .section(let name, let inverted, let body, _, _):
            let value = Self.lookUp(name, in: stack)
            switch (value, inverted) {
            case (.list(let items)?, false), (.namedList(let items, _)?, false):
                for item in items {
                    stack.append(item)
                    render(body, stack: &stack, indentation: indentation, depth: depth, into: &output)
                    stack.removeLast()
                }
            case (.list(let items)?, true), (.namedList(let items, _)?, true):
                guard items.isEmpty, let value else { return }
                stack.append(value)
                render(body, stack: &stack, indentation: indentation, depth: depth, into: &output)
                stack.removeLast()
            case (let value?, false):
                stack.append(value)
                render(body, stack: &stack, indentation: indentation, depth: depth, into: &output)
                stack.removeLast()
            case (nil, true):
                render(body, stack: &stack, indentation: indentation, depth: depth, into: &output)
            case (.some, true), (nil, false):
                return
            }
        case .partial(let name, let indented, _):
            guard depth < Self.partialDepthLimit, let partial = partials[name] else { return }
            render(partial, stack: &stack, indentation: indentation + (indented ?? ""), depth: depth + 1, into: &output)
        case .referenceOnly:
            // Never reached: a tree with such a node is rendered by swift-mustache (`CompiledTemplate`).
            return
        }
    }

    /// Whether the output written since `start` ends with a line feed that is a whole character
    /// (not the end of a CR LF pair, which swift-mustache's `"\n"` comparison does not match).
    private static func endsWithLineFeed(_ output: String, after start: Int) -> Bool {
        let utf8 = output.utf8
        guard utf8.count > start, utf8.last == 0x0A else { return false }
        guard utf8.count - 1 > start else { return true }
        return utf8[utf8.index(utf8.endIndex, offsetBy: -2)] != 0x0D
    }

    /// swift-mustache's lookup: an anchored name (`.`, `.name`) looks only in the innermost value;
    /// otherwise the first component is looked for from the innermost scope out, the rest only
    /// inside what it found.
    static func lookUp(_ name: TemplateName, in stack: [ContextValue]) -> ContextValue? {
        guard var value = stack.last else { return nil }
        var rest = name.components[...]
        if !name.anchored, let first = rest.first {
            guard let found = stack.reversed().lazy.compactMap({ $0.member(first) }).first else { return nil }
            value = found
            rest = rest.dropFirst()
        }
        for component in rest {
            guard let child = value.member(component) else { return nil }
            value = child
        }
        return value
    }
}
