public import BrandDiagnostics
public import BrandModel
public import BrandAssembly

/// Refuses, with a diagnostic at the line that asked, what a target cannot do, and names a route
/// that can where one exists.
public struct CapabilityChecker: Sendable {
    public var registry: ModelRegistry
    /// Gemini's documented ceiling for a request with inline data (api-surface §3.8).
    public static let inlineRequestLimit = 20 * 1024 * 1024
    /// The Images API's prompt limit in characters (§8.1).
    public static let openAIPromptLimit = 32_000

    public init(registry: ModelRegistry) {
        self.registry = registry
    }

    /// `targetLocation` is where the target was chosen (the command line), for target-level problems.
    public func check(
        _ prompt: AssembledPrompt, target: LoweringTarget, targetLocation: SourceLocation?, bodySize: Int?,
        diagnostics: inout DiagnosticSink
    ) {
        let options = prompt.options
        let model = prompt.model
        for output in options.outputs where output.value == "audio" || output.value == "video" {
            diagnostics.report(
                .unsupportedOutput,
                "\(model.displayName) outputs text and images, not \(output.value); \(output.value) is not an image model's work",
                at: output.location, fix: FixSuggestion("use a \(output.value == "audio" ? "speech" : "video") model; brandc compiles image requests"))
        }
        if let streaming = options.streaming, streaming.value {
            diagnostics.report(
                .streamingUnsupported, "live or streaming interaction is not offered by image models (the Live API does not serve them)",
                at: streaming.location, fix: FixSuggestion("remove 'streaming'; each request returns its images when done"))
        }
        for tool in options.tools {
            diagnostics.report(
                .toolsUnsupported, "'\(tool.value)' is not available in an image request (\(model.displayName) supports no function calling or tools)",
                at: tool.location)
        }
        checkGrounding(prompt, target: target, diagnostics: &diagnostics)
        checkThinking(prompt, target: target, diagnostics: &diagnostics)
        checkProviderOptions(prompt, target: target, diagnostics: &diagnostics)
        checkTarget(prompt, target: target, at: targetLocation, bodySize: bodySize, diagnostics: &diagnostics)
    }

    /// Routes whose model and endpoint can do what `can` asks, as a fix suggestion.
    func alternative(_ can: (Route, TargetModel) -> Bool) -> FixSuggestion? {
        let routes = registry.routes.filter { route in registry.model(named: route.model).map { can(route, $0) } ?? false }
        guard !routes.isEmpty else { return nil }
        return FixSuggestion("routes that can: \(routes.map(\.name).joined(separator: ", "))")
    }
}
