public import BrandDiagnostics
public import BrandModel

/// The checks compile makes on a template before it sees any product, in one list that `lint` and
/// `compile` both run, so a template that lints clean does not fail to compile for a reason lint
/// could have seen: its Mustache syntax, the names and partials it uses, its route (an unknown
/// `target:` or `route:`), and the aspect ratio and image size it (or its channel) asks of that route.
public enum TemplatePreflight {
    /// Runs every product-independent check on `template`; returns the route it compiles for, or
    /// `nil` when none resolves. `guide` gives the channel defaults (none when linting a template alone).
    public static func check(
        _ template: PromptTemplate, in file: SourceFile, renderer: TemplateRenderer, partials: Set<String>,
        guide: BrandGuide?, registry: ModelRegistry, route override: Located<String>? = nil,
        endpoint: Located<Route.Endpoint>? = nil, diagnostics: inout DiagnosticSink
    ) -> (route: Route, model: TargetModel)? {
        let tree = TemplateSyntaxTree(parsing: template.body)
        tree.error?.report(in: file, bodyStartOffset: template.bodyStartOffset, diagnostics: &diagnostics)
        TemplateChecker.check(tree, of: template, in: file, partials: partials, diagnostics: &diagnostics)
        guard let resolved = RouteResolver(registry: registry).resolve(
            template: template, override: override, endpoint: endpoint, diagnostics: &diagnostics)
        else { return nil }
        let options = ImageOptionResolver(
            guide: guide ?? BrandGuide(file: template.file), template: template, product: nil,
            model: resolved.model, registry: registry)
        _ = options.aspectRatio(diagnostics: &diagnostics)
        _ = options.imageSize(diagnostics: &diagnostics)
        return resolved
    }
}
