import BrandDiagnostics
import BrandDriver
import BrandReporters

/// Renders diagnostics the way `brandc` does (no colour), with a fixed tool version for goldens.
enum DiagnosticRendering {
    static func render(_ diagnostics: [Diagnostic], as format: DiagnosticFormat) -> String {
        // SARIF lists only the rules a case uses, so adding a code elsewhere does not touch every golden.
        Driver.render(diagnostics, as: format, toolVersion: "0.0.0-golden", catalog: [])
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
