import Foundation
public import BrandDiagnostics
import BrandModel
import BrandLowering
public import BrandNetwork

extension DiagnosticCode {
    public static let countTokensFailed = DiagnosticCode(
        "TK007", name: "count-tokens-failed", summary: "The provider's countTokens endpoint could not be asked.",
        severity: .error)
}

extension Driver {
    /// Counts each text with the provider's Gemini-native `countTokens` (`brandc tokens --exact`):
    /// the route's own count, needing its key. Counts are `api:countTokens`.
    public func countTokensWithProvider(
        _ inputs: [(name: String, text: String)], route routeName: String?, network: NetworkOptions,
        transport: (any Transport)? = nil
    ) async -> (rows: [TokenCountRow], diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink()
        let route = routeName.map { registry.route(named: $0) } ?? registry.routes.first { $0.endpoint == .gemini }
        guard let route, route.endpoint == .gemini, let model = registry.model(named: route.model) else {
            sink.report(
                .countTokensFailed, "countTokens needs a Gemini-native route; '\(routeName ?? "")' is not one",
                at: nil, fix: FixSuggestion("pass --route with a gemini route (brandc models)"))
            return ([], finish(sink))
        }
        guard let connection = network.connection(for: route, imageSize: nil) else {
            sink.report(.countTokensFailed, "route '\(route.name)' has an auth style brandc cannot send", at: nil)
            return ([], finish(sink))
        }
        let rows = await sending(over: transport) { client in
            var rows: [TokenCountRow] = []
            for input in inputs {
                let body: [String: Any] = ["contents": [["role": "user", "parts": [["text": input.text]]]]]
                do {
                    let request = ProviderRequest(
                        key: input.name, route: route.name, endpoint: .gemini, path: "/v1beta/models/\(model.id):generateContent",
                        body: Array(try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])))
                    let total = try await CountTokens.totalTokens(
                        for: request, model: model.id, connection: connection, transport: client, environment: network.environment)
                    rows.append(TokenCountRow(
                        input: input.name, tokens: total, characters: input.text.count, bytes: input.text.utf8.count,
                        method: "api:countTokens"))
                } catch {
                    sink.report(.countTokensFailed, "\(input.name): \(error)", at: nil)
                }
            }
            return rows
        }
        return (rows, finish(sink))
    }
}
