import BrandModel

/// Renders a template's brand-only nodes once per run: the top-level nodes whose output depends
/// on the brand guide alone become the text they render. Over a feed, the palette, typography and
/// photography lines of a large guide are then written once instead of looked up for every product.
///
/// The tree's nodes are what Mustache renders, standalone lines already resolved, so a node renders
/// the same text alone as in its template: folding cannot change the output.
struct BrandFolding {
    let renderer: TreeRenderer

    /// The context's roots other than `brand`: a name starting with one of them reaches per-request
    /// data, even from inside a brand section (Mustache looks a name up through every enclosing scope).
    static let requestRoots: Set<String> = {
        guard case .map(let roots) = ContextShape.prompt else { return [] }
        return Set(roots.keys).subtracting(["brand"])
    }()

    func fold(_ nodes: [TemplateNode], brand: ContextValue) -> [TemplateNode] {
        var folded: [TemplateNode] = []
        let root = ContextValue.map(["brand": brand])
        for node in nodes {
            var text: String
            switch node {
            case .text(let literal): text = literal
            case _ where isBrandOnly(node, inSection: false, depth: 0): text = renderer.render([node], root: root)
            default:
                folded.append(node)
                continue
            }
            if case .text(let previous)? = folded.last {
                folded.removeLast()
                text = previous + text
            }
            if !text.isEmpty { folded.append(.text(text)) }
        }
        return folded
    }

    /// Whether `node` renders from the brand alone; `inSection` when inside a brand-only section,
    /// where a name may be a member of the section's value.
    func isBrandOnly(_ node: TemplateNode, inSection: Bool, depth: Int) -> Bool {
        switch node {
        case .text:
            return true
        case .variable(let name, _):
            return Self.nameIsBrandOnly(name, inSection: inSection)
        case .section(let name, _, let body, _, _):
            return Self.nameIsBrandOnly(name, inSection: inSection)
                && body.allSatisfy { isBrandOnly($0, inSection: true, depth: depth) }
        case .partial(let name, _, _):
            guard depth < 8, let partial = renderer.partials[name] else { return false }
            return partial.allSatisfy { isBrandOnly($0, inSection: inSection, depth: depth + 1) }
        case .referenceOnly:
            return false
        }
    }

    private static func nameIsBrandOnly(_ name: TemplateName, inSection: Bool) -> Bool {
        guard name.transforms.isEmpty else { return false }
        guard let root = name.components.first else { return inSection }
        guard !requestRoots.contains(root) else { return false }
        return inSection || root == "brand"
    }
}
