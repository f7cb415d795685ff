import Foundation
public import BrandDiagnostics
import BrandAssembly
import BrandLowering
public import BrandNetwork

extension Driver {
    /// `brandc budget --exact`: the budgets of a job's requests, each whole request (brand rules,
    /// prompt, reference images, as lowered for its Gemini-native route) also counted by the route's
    /// `countTokens`, with the route's key. A request the provider counts over the available window
    /// is an overflow (K001), whatever brandc's own count said.
    public func exactBudgets(
        _ job: CompileJob, network: NetworkOptions, transport: (any Transport)? = nil
    ) async -> (entries: [BudgetEntry], diagnostics: [Diagnostic]) {
        let assembled = assemble(job)
        var sink = DiagnosticSink()
        for diagnostic in assembled.diagnostics { sink.report(diagnostic) }
        let owned = transport == nil ? HTTPTransport(connectTimeout: 10) : nil
        let client: any Transport = transport ?? owned ?? HTTPTransport(connectTimeout: 10)
        var entries: [BudgetEntry] = []
        for prompt in assembled.prompts {
            guard var entry = BudgetEntry(prompt) else { continue }
            defer { entries.append(entry) }
            guard prompt.route.endpoint == .gemini else {
                sink.report(
                    .countTokensFailed,
                    "\(prompt.key): route '\(prompt.route.name)' is not Gemini-native (\(prompt.route.endpoint.rawValue)); countTokens cannot count it",
                    at: SourceLocation(file: job.template), fix: FixSuggestion("drop --exact, or pass --route with a gemini route (brandc models)"))
                continue
            }
            guard let connection = network.connection(for: prompt.route, imageSize: prompt.imageSize) else {
                sink.report(.countTokensFailed, "route '\(prompt.route.name)' has an auth style brandc cannot send", at: nil)
                continue
            }
            do {
                let request = try Lowering.providerRequest(prompt, target: .gemini)
                let counted = try await CountTokens.totalTokens(
                    for: request, model: prompt.model.id, connection: connection, transport: client,
                    environment: network.environment)
                entry.providerTokens = counted
                let available = entry.budget.budget.available
                if counted > available {
                    sink.report(
                        .budgetOverflow,
                        "\(prompt.key): \(prompt.route.name)'s countTokens counts \(counted) input tokens, \(counted - available) over the \(available) available (brandc counted \(entry.budget.total) by \(entry.budget.method.rawValue))",
                        at: SourceLocation(file: job.template),
                        fix: FixSuggestion("give lower-priority sections room to shrink in the template's 'sections', raise --margin, or use a route with a larger window"))
                }
            } catch {
                sink.report(.countTokensFailed, "\(prompt.key): \(error)", at: nil)
            }
        }
        await owned?.shutdown()
        return (entries, finish(sink))
    }
}
