public import BrandDiagnostics
public import BrandReporters

extension Driver {
    /// Diagnostics as `brandc` shows them: in `format`, with sources read from disk (each file
    /// scanned once, however many diagnostics point into it), carets placed by display width, and
    /// the summary line after human output. SARIF lists the rules of
    /// `catalog` (every code brandc has, by default) beside those the diagnostics use.
    public static func render(
        _ diagnostics: [Diagnostic], as format: DiagnosticFormat, useColor: Bool = false, toolVersion: String,
        catalog: [DiagnosticCode] = allCodes
    ) -> String {
        let sources = SourceLineCache()
        let context = RenderContext(
            sourceLines: { sources.lines($0) },
            catalog: catalog, tool: ToolInfo(version: toolVersion),
            options: RenderOptions(useColor: useColor, columnWidth: columnWidth))
        var text = format.renderer.render(diagnostics, context: context)
        if format == .human, !diagnostics.isEmpty {
            text += HumanRenderer.summaryLine(for: diagnostics, useColor: useColor) + "\n"
        }
        return text
    }
}
