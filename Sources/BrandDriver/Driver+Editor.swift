public import BrandDiagnostics
public import BrandModel
import BrandAssembly
import BrandTokens

/// What an editor (`brandc lsp`) and an agent (`brandc mcp`) ask of the driver beyond the CLI's
/// commands: the same lint over in-memory documents, the guide as loaded, token counts per section.
extension Driver {
    /// The names a rule in `brandc.yaml` may be keyed by: every code's id and name, sorted.
    public static var ruleNames: [String] {
        allCodes.flatMap { [$0.id, $0.name] }.sorted()
    }

    /// The code with this id (`M002`) or name (`unknown-key`), any case for the id.
    public static func code(named name: String) -> DiagnosticCode? {
        allCodes.first { $0.id.caseInsensitiveCompare(name) == .orderedSame || $0.name == name }
    }

    /// Lints these files as `fileSystem` has them (an editor's overlay of open documents), without
    /// searching folders or asking the disk whether they exist; products and templates against `brand`.
    public func lint(documents paths: [String], brand: String? = nil) -> [Diagnostic] {
        var sink = DiagnosticSink()
        var present: [String] = []
        for path in paths {
            if fileSystem.fileExists(path) {
                present.append(path)
            } else {
                sink.report(.fileNotFound, "'\(path)' does not exist", at: SourceLocation(file: path))
            }
        }
        return lint(files: present, brand: brand, sink: sink)
    }

    /// The guide at `path` with its `extends` chain applied, or `nil` when it cannot be read.
    public func loadGuide(_ path: String) -> BrandGuide? {
        var sink = DiagnosticSink()
        return guides.load(path, diagnostics: &sink)
    }

    /// This driver with its token counter resolved once (for the registry's first route's model),
    /// so a long-running server does not look up a vocabulary on every keystroke.
    public func resolvingTokenizerOnce() -> Driver {
        guard case .locate = tokenizer,
            let model = registry.routes.first.flatMap({ registry.model(named: $0.model) })
        else { return self }
        var sink = DiagnosticSink()
        var copy = self
        copy.tokenizer = .counter(tokenizer.quietCounter(for: model, sink: &sink))
        return copy
    }

    /// The tokens each section of the guide's rules takes, counted for the registry's first route,
    /// and the counting method (exact vocabulary or estimate).
    public func sectionTokens(of guide: BrandGuide) -> (sections: [(section: String, tokens: Int)], method: String) {
        guard let model = registry.routes.first.flatMap({ registry.model(named: $0.model) }) else { return ([], "") }
        var sink = DiagnosticSink()
        let counter = tokenizer.quietCounter(for: model, sink: &sink)
        return (BrandFootprint.sectionTokens(of: guide, counter: counter), counter.method.rawValue)
    }
}
