import BrandDiagnostics
import BrandDriver
import BrandModel
import BrandReporters

/// Renders diagnostics the way `brandc` does (no colour), reading sources from disk.
enum DiagnosticRendering {
    static let context: RenderContext = {
        let fileSystem = LocalFileSystem()
        return RenderContext(
            sourceFile: { path in (try? fileSystem.read(path)).map { SourceFile(path: path, bytes: $0) } },
            catalog: Driver.allCodes, tool: ToolInfo(version: "0.0.0-golden"))
    }()

    static func render(_ diagnostics: [Diagnostic], as format: DiagnosticFormat) -> String {
        var text = format.renderer.render(diagnostics, context: context)
        if format == .human, !diagnostics.isEmpty {
            text += HumanRenderer.summaryLine(for: diagnostics, useColor: false) + "\n"
        }
        return text
    }

    /// The golden file extension of each format.
    static func fileExtension(_ format: DiagnosticFormat) -> String {
        switch format {
        case .human: "human.txt"
        case .json: "json"
        case .sarif: "sarif"
        case .github: "github.txt"
        }
    }
}
