import BrandDiagnostics

/// GitHub Actions workflow commands, one line per diagnostic, which the runner turns into annotations:
///
/// ```
/// ::error file=brand.yaml,line=3,col=10,endLine=3,endColumn=17,title=B001 unknown-colour::message
/// ```
///
/// Errors become `::error`, warnings `::warning`, notes `::notice`. Properties without a value are left
/// out (a file-level location has only `file`, no location has only `title`). Notes and the fix are
/// folded into the message as further lines (`note: path:line:col: …`, `help: …`), which the runner
/// shows as one multi-line annotation. Escaping is the Actions toolkit's (`WorkflowCommandEscaping`).
public struct GitHubActionsRenderer: DiagnosticRenderer {
    public init() {}

    public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
        diagnostics.map { command(for: $0) + "\n" }.joined()
    }

    func command(for diagnostic: Diagnostic) -> String {
        var properties: [(String, String)] = []
        if let location = diagnostic.location {
            properties.append(("file", location.file))
            if let range = location.range {
                properties += [
                    ("line", String(range.start.line)), ("col", String(range.start.column)),
                    ("endLine", String(range.end.line)), ("endColumn", String(range.end.column)),
                ]
            }
        }
        properties.append(("title", diagnostic.code.id + " " + diagnostic.code.name))
        return WorkflowCommandEscaping.command(
            GitHubActionsRenderer.commandName(diagnostic.severity), properties: properties,
            message: message(for: diagnostic))
    }

    private func message(for diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.message]
        for note in diagnostic.notes {
            let place = note.location.map { HumanBlockWriter.describe($0) + ": " } ?? ""
            lines.append("note: " + place + note.message)
        }
        if let fix = diagnostic.fix {
            lines.append("help: " + fix.message)
            if let replacement = fix.replacement {
                lines.append("suggestion: replace \(HumanBlockWriter.describe(replacement.location)) with `\(replacement.text)`")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func commandName(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }
}
