import BrandDiagnostics

/// Turns a run's diagnostics into text in one output format.
///
/// Renderers are pure: the same diagnostics and context always give the same bytes. They keep the
/// order they are given (the caller sorts, usually with `Diagnostic.sourceOrder`), and every
/// non-empty output ends with a newline.
public protocol DiagnosticRenderer: Sendable {
    func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String
}

/// The output formats of `brandc lint --format`.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// For people at a terminal: header, source line, caret, notes, help.
    case human
    /// brandc's own documented JSON shape (see `JSONRenderer`).
    case json
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
    /// GitHub Actions workflow commands, which become annotations on a pull request.
    case github

    /// The renderer that writes this format.
    public var renderer: any DiagnosticRenderer {
        switch self {
        case .human: HumanRenderer()
        case .json: JSONRenderer()
        case .sarif: SARIFRenderer()
        case .github: GitHubActionsRenderer()
        }
    }
}
