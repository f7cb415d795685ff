import Mustache

/// swift-mustache rendering a body exactly as brandc did before it had its own tree: plain text
/// (its text pragma first), partials from the same sources. It is the reference the differential
/// tests compare the tree's rendering against, and renders the few templates whose tree names a
/// feature the tree leaves to it (`TemplateSyntaxTree.referenceOnlyFeature`).
struct MustacheReference: Sendable {
    /// Turns off swift-mustache's default HTML escaping for the template it starts.
    static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    private let template: MustacheTemplate
    private let library: MustacheLibrary

    /// `nil` when swift-mustache does not parse `body` (the tree has reported why).
    init?(body: String, partials: [String: String]) {
        guard let template = try? MustacheTemplate(string: Self.textPragma + body) else { return nil }
        var library = MustacheLibrary()
        for (name, source) in partials {
            if let partial = try? MustacheTemplate(string: Self.textPragma + source) { library.register(partial, named: name) }
        }
        self.template = template
        self.library = library
    }

    func render(_ context: ContextValue) -> String {
        template.render(context.anyMap, library: library)
    }
}
