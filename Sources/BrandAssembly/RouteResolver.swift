import BrandDiagnostics
public import BrandModel

/// Decides which registry route (and so which model) a request goes to: `--route`, else the
/// template's `route:` (`auto` picks by the template's `workload:`), else the first route serving
/// the template's `target:`, else the registry's first route. When an endpoint style is asked for
/// (`--target`), the route must speak it, or a route for the same model that does is taken.
public struct RouteResolver: Sendable {
    public var registry: ModelRegistry

    public init(registry: ModelRegistry) {
        self.registry = registry
    }

    public func resolve(
        template: PromptTemplate, override: Located<String>?, endpoint: Located<Route.Endpoint>? = nil,
        diagnostics: inout DiagnosticSink
    ) -> (route: Route, model: TargetModel)? {
        var targetModel: TargetModel?
        if let target = template.target {
            targetModel = registry.model(named: target.value)
            if targetModel == nil {
                report(unknown: "model", target, among: registry.modelNames, &diagnostics)
                return nil
            }
        }
        var explicit: Located<String>? = override ?? template.route
        if let auto = explicit, auto.value == "auto", override == nil {
            guard let chosen = autoRoute(template, at: auto, diagnostics: &diagnostics) else { return nil }
            explicit = chosen
        }
        var chosen: (Route, TargetModel)
        if let routeName = explicit {
            guard let route = registry.route(named: routeName.value) else {
                report(unknown: "route", routeName, among: registry.routes.map(\.name), &diagnostics)
                return nil
            }
            guard let model = registry.model(named: route.model) else {
                diagnostics.report(.badReference, "route '\(route.name)' names model '\(route.model)', which the registry does not define",
                                   at: routeName.location)
                return nil
            }
            // A route on the command line overrides the template's target; a template that names both
            // a route and a different target contradicts itself.
            if override == nil, let targetModel, let target = template.target, targetModel.id != model.id {
                diagnostics.report(
                    .badValue, "route '\(route.name)' serves \(model.id), but the template targets \(targetModel.id)",
                    at: routeName.location, notes: [DiagnosticNote("target set here", at: target.location)])
                return nil
            }
            chosen = (route, model)
        } else {
            let model = targetModel ?? registry.routes.first.flatMap { registry.model(named: $0.model) }
            let preferred = endpoint.flatMap { wanted in registry.routes.first { $0.model == model?.id && $0.endpoint == wanted.value } }
            guard let model, let route = preferred ?? registry.defaultRoute(for: model) else {
                diagnostics.report(
                    .badReference, "no route in the registry serves \(model?.id ?? "any model")",
                    at: template.target?.location ?? SourceLocation(file: template.file))
                return nil
            }
            chosen = (route, model)
        }
        if let endpoint, chosen.0.endpoint != endpoint.value {
            let others = registry.routes.filter { $0.endpoint == endpoint.value }.map(\.name)
            diagnostics.report(
                .badValue,
                "route '\(chosen.0.name)' speaks \(chosen.0.endpoint.rawValue), not \(endpoint.value.rawValue), and no route serves \(chosen.1.id) over \(endpoint.value.rawValue)",
                at: endpoint.location,
                fix: FixSuggestion(others.isEmpty ? "no route in the registry speaks \(endpoint.value.rawValue)"
                                                  : "routes over \(endpoint.value.rawValue): \(others.joined(separator: ", "))"))
            return nil
        }
        return chosen
    }

    /// The route the template's workload calls for, reported as a note; an error for a workload no
    /// image model does, or a template without a workload.
    private func autoRoute(_ template: PromptTemplate, at auto: Located<String>, diagnostics: inout DiagnosticSink)
        -> Located<String>?
    {
        guard let workloadName = template.workload else {
            diagnostics.report(
                .missingKey, "'route: auto' needs a 'workload:' to choose by", at: auto.location,
                fix: FixSuggestion("add e.g. 'workload: product-shot' (brandc route lists the workloads)"))
            return nil
        }
        guard let workload = registry.workload(named: workloadName.value) else {
            report(unknown: "workload", workloadName, among: registry.workloads.map(\.name), &diagnostics)
            return nil
        }
        guard let route = workload.route else {
            diagnostics.report(.notAnImageWorkload, "workload '\(workload.name)': \(workload.why)", at: workloadName.location)
            return nil
        }
        diagnostics.report(
            .routeChosen, "route: auto chose \(route) for workload '\(workload.name)': \(workload.why)",
            at: auto.location)
        return Located(route, at: auto.location)
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
