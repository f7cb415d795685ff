import BrandModel

/// A template body ready to render per request: its tree with the brand-only nodes folded to
/// text, or, for the rare body using what the tree leaves to swift-mustache, swift-mustache.
enum CompiledTemplate: Sendable {
    case tree([TemplateNode], TreeRenderer)
    case reference(MustacheReference)

    /// `nil` when the body does not parse.
    init?(_ tree: TemplateSyntaxTree, body: String, renderer: TemplateRenderer, brand: ContextValue) {
        guard tree.error == nil else { return nil }
        if tree.referenceOnlyFeature != nil {
            guard let reference = MustacheReference(body: body, partials: renderer.partialSources) else { return nil }
            self = .reference(reference)
        } else {
            let trees = renderer.treeRenderer
            self = .tree(BrandFolding(renderer: trees).fold(tree.nodes, brand: brand), trees)
        }
    }

    func render(_ context: ContextValue) -> String {
        switch self {
        case .tree(let nodes, let renderer): renderer.render(nodes, root: context)
        case .reference(let reference): reference.render(context)
        }
    }
}
