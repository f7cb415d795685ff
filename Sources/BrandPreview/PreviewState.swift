public import BrandReport

/// What the watch page shows: the latest compile's diagnostics, and the prompts of the last compile
/// that had no errors (so a broken save keeps the last good preview beside its diagnostics).
public struct PreviewState: Sendable, Codable, Equatable {
    /// Counts published states; the page shows it and tests wait on it.
    public var version: Int
    /// Whether the latest compile had no errors.
    public var ok: Bool
    /// `prompts` come from an earlier compile: the latest one failed.
    public var stale: Bool
    public var compileMilliseconds: Double
    public var diagnostics: [PreviewDiagnostic]
    public var prompts: [PreviewPrompt]
    /// The files a save of which recompiles.
    public var watching: [String]

    public init(version: Int = 0, ok: Bool = true, stale: Bool = false, compileMilliseconds: Double = 0,
                diagnostics: [PreviewDiagnostic] = [], prompts: [PreviewPrompt] = [], watching: [String] = []) {
        self.version = version
        self.ok = ok
        self.stale = stale
        self.compileMilliseconds = compileMilliseconds
        self.diagnostics = diagnostics
        self.prompts = prompts
        self.watching = watching
    }

    /// The state after a new compile: its diagnostics always; its prompts only when it had no
    /// errors, else the previous good ones, marked stale.
    public func next(ok: Bool, diagnostics: [PreviewDiagnostic], prompts: [PreviewPrompt], watching: [String],
                     milliseconds: Double) -> PreviewState {
        PreviewState(version: version + 1, ok: ok, stale: !ok && !self.prompts.isEmpty, compileMilliseconds: milliseconds,
                     diagnostics: diagnostics, prompts: ok ? prompts : self.prompts, watching: watching)
    }
}

public struct PreviewDiagnostic: Sendable, Codable, Equatable {
    public var severity: String
    public var code: String
    public var message: String
    /// `file:line:column`, or the file alone.
    public var location: String?

    public init(severity: String, code: String, message: String, location: String?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }
}

/// One request as compiled: the rendered prompt, the brand rules, its text blocks, its budget and
/// the request body exactly as `compile` writes it.
public struct PreviewPrompt: Sendable, Codable, Equatable {
    public var name: String
    public var locale: String?
    public var route: String
    public var model: String
    public var prompt: String
    public var systemInstruction: String
    public var textBlocks: [ReportTextBlock]
    public var budget: ReportBudget?
    public var request: String

    public init(name: String, locale: String?, route: String, model: String, prompt: String, systemInstruction: String,
                textBlocks: [ReportTextBlock], budget: ReportBudget?, request: String) {
        self.name = name
        self.locale = locale
        self.route = route
        self.model = model
        self.prompt = prompt
        self.systemInstruction = systemInstruction
        self.textBlocks = textBlocks
        self.budget = budget
        self.request = request
    }
}
