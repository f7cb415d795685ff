import BrandDiagnostics
public import BrandModel

/// Decides which registry route (and so which model) a request goes to: `--route`, else the
/// template's `route:`, else the first route serving the template's `target:`, else the registry's
/// first route.
public struct RouteResolver: Sendable {
    public var registry: ModelRegistry

    public init(registry: ModelRegistry) {
        self.registry = registry
    }

    public func resolve(
        template: PromptTemplate, override: Located<String>?, diagnostics: inout DiagnosticSink
    ) -> (route: Route, model: TargetModel)? {
        var targetModel: TargetModel?
        if let target = template.target {
            targetModel = registry.model(named: target.value)
            if targetModel == nil {
                report(unknown: "model", target, among: registry.modelNames, &diagnostics)
                return nil
            }
        }
        if let routeName = override ?? template.route {
            guard let route = registry.route(named: routeName.value) else {
                report(unknown: "route", routeName, among: registry.routes.map(\.name), &diagnostics)
                return nil
            }
            guard let model = registry.model(named: route.model) else {
                diagnostics.report(.badReference, "route '\(route.name)' names model '\(route.model)', which the registry does not define",
                                   at: routeName.location)
                return nil
            }
            if let targetModel, let target = template.target, targetModel.id != model.id {
                diagnostics.report(
                    .badValue, "route '\(route.name)' serves \(model.id), but the template targets \(targetModel.id)",
                    at: routeName.location, notes: [DiagnosticNote("target set here", at: target.location)])
                return nil
            }
            return (route, model)
        }
        let model = targetModel ?? registry.routes.first.flatMap { registry.model(named: $0.model) }
        guard let model, let route = registry.defaultRoute(for: model) else {
            diagnostics.report(
                .badReference, "no route in the registry serves \(model?.id ?? "any model")",
                at: template.target?.location ?? SourceLocation(file: template.file))
            return nil
        }
        return (route, model)
    }

    private func report(unknown kind: String, _ name: Located<String>, among names: [String], _ diagnostics: inout DiagnosticSink) {
        let fix = SpellingSuggestion.closest(to: name.value, among: names).map {
            FixSuggestion("did you mean '\($0)'?", replacement: TextReplacement(at: name.location, with: $0))
        }
        diagnostics.report(
            .badValue, "no \(kind) '\(name.value)' in the model registry; \(kind)s: \(names.joined(separator: ", "))",
            at: name.location, fix: fix)
    }
}
