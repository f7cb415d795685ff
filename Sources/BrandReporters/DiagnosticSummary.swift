import BrandDiagnostics

/// How many diagnostics of each severity a run produced.
public struct DiagnosticSummary: Hashable, Sendable {
    public var errors: Int
    public var warnings: Int
    public var notes: Int

    public init(counting diagnostics: [Diagnostic]) {
        errors = diagnostics.count { $0.severity == .error }
        warnings = diagnostics.count { $0.severity == .warning }
        notes = diagnostics.count { $0.severity == .note }
    }

    /// `2 errors, 1 warning`: the non-zero counts, most serious first; `no problems` when all are zero.
    public var text: String {
        let parts = [(errors, "error"), (warnings, "warning"), (notes, "note")]
            .filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }
}

extension HumanRenderer {
    /// The line the CLI prints after the diagnostics, in bold when colours are on; no trailing newline.
    public static func summaryLine(for diagnostics: [Diagnostic], useColor: Bool) -> String {
        TerminalStyle(enabled: useColor).paint(DiagnosticSummary(counting: diagnostics).text, bold: true)
    }
}
