public import BrandDiagnostics
import BrandModel
import BrandAssembly

extension Driver {
    /// Why a template goes to the route it goes to, or, with no template, which route each workload
    /// calls for: what `brandc route` prints.
    public func explainRoutes(template path: String?, workload: String?) -> (text: String, diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink()
        if let workload {
            guard let entry = registry.workload(named: workload) else {
                sink.report(
                    .badValue, "no workload '\(workload)'; workloads: \(registry.workloads.map(\.name).joined(separator: ", "))",
                    at: nil, fix: SpellingSuggestion.closest(to: workload, among: registry.workloads.map(\.name))
                        .map { FixSuggestion("did you mean '\($0)'?") })
                return ("", finish(sink))
            }
            return (describe(entry), finish(sink))
        }
        guard let path else {
            return (registry.workloads.map(describe).joined(separator: "\n"), finish(sink))
        }
        guard let file = guides.readSource(path, referencedFrom: nil, diagnostics: &sink) else { return ("", finish(sink)) }
        let template = PromptTemplate.decode(file, loader: loader, diagnostics: &sink)
        guard let (route, model) = RouteResolver(registry: registry).resolve(template: template, override: nil, diagnostics: &sink)
        else { return ("", finish(sink)) }
        let reason: String
        if let routeName = template.route?.value, routeName == "auto", let workload = template.workload?.value,
            let entry = registry.workload(named: workload)
        {
            reason = "route: auto, workload '\(workload)': \(entry.why)"
        } else if let routeName = template.route?.value {
            reason = "the template names route \(routeName)"
        } else if let target = template.target?.value {
            reason = "the template targets \(target); \(route.name) is the first route serving \(model.id)"
        } else {
            reason = "the template names no target; \(route.name) is the registry's first route"
        }
        let text = "\(path): \(route.name) (\(model.displayName), \(route.endpoint.rawValue), \(route.inputTokenLimit) input tokens)\n  because \(reason)\n"
        return (text, finish(sink))
    }

    private func describe(_ workload: Workload) -> String {
        guard let route = workload.route else {
            return "\(workload.name): no image route — \(workload.why)\n"
        }
        let model = registry.route(named: route).flatMap { registry.model(named: $0.model) }
        var text = "\(workload.name): \(route)\(model.map { " (\($0.displayName))" } ?? "")\n  because \(workload.why)\n"
        if !workload.alternatives.isEmpty { text += "  alternatives: \(workload.alternatives.joined(separator: ", "))\n" }
        return text
    }
}
