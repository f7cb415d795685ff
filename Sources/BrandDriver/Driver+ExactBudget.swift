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
        let entries = await sending(over: transport) { client in
            var entries: [BudgetEntry] = []
            for prompt in assembled.prompts {
                guard var entry = BudgetEntry(prompt) else { continue }
                entry.providerTokens = await providerCount(
                    of: prompt, template: job.template, network: network, transport: client, diagnostics: &sink)
                let available = entry.budget.budget.available
                if let counted = entry.providerTokens, counted > available {
                    sink.report(
                        .budgetOverflow,
                        "\(prompt.key): \(prompt.route.name)'s countTokens counts \(counted) input tokens, \(counted - available) over the \(available) available (brandc counted \(entry.budget.total) by \(entry.budget.method.rawValue))",
                        at: SourceLocation(file: job.template),
                        fix: FixSuggestion("give lower-priority sections room to shrink in the template's 'sections', raise --margin, or use a route with a larger window"))
                }
                entries.append(entry)
            }
            return entries
        }
        return (entries, finish(sink))
    }
    /// The whole request's count by its route's countTokens, or `nil` (reported) when the route is
    /// not Gemini-native, cannot be authenticated, or the provider cannot be asked.
    private func providerCount(
        of prompt: AssembledPrompt, template: String, network: NetworkOptions, transport: any Transport,
        diagnostics sink: inout DiagnosticSink
    ) async -> Int? {
        guard prompt.route.endpoint == .gemini else {
            sink.report(
                .countTokensFailed,
                "\(prompt.key): route '\(prompt.route.name)' is not Gemini-native (\(prompt.route.endpoint.rawValue)); countTokens cannot count it",
                at: SourceLocation(file: template), fix: FixSuggestion("drop --exact, or pass --route with a gemini route (brandc models)"))
            return nil
        }
        guard let connection = network.connection(for: prompt.route, imageSize: prompt.imageSize) else {
            sink.report(.countTokensFailed, "route '\(prompt.route.name)' has an auth style brandc cannot send", at: nil)
            return nil
        }
        do {
            let request = try Lowering.providerRequest(prompt, target: .gemini)
            return try await CountTokens.totalTokens(
                for: request, model: prompt.model.id, connection: connection, transport: transport,
                environment: network.environment)
        } catch {
            sink.report(.countTokensFailed, "\(prompt.key): \(error)", at: nil)
            return nil
        }
    }
}
