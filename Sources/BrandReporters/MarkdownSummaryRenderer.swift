import BrandDiagnostics
import Foundation

/// A Markdown summary of a lint run, for a pull request's job summary (`$GITHUB_STEP_SUMMARY`):
/// a heading with the counts, then one table row per diagnostic (at most `maxRows`, then a line
/// saying how many more).
///
/// ```
/// ### brandc lint: 1 error, 0 warnings, 0 notes
///
/// | severity | location | code | message |
/// |---|---|---|---|
/// | error | `brand.yaml:3:10` | B001 unknown-colour | 'teal' is not a colour |
/// ```
/// Cell text is escaped so `|`, backticks, `<`, `>` and line breaks in messages or paths cannot
/// break the table or become markup.
public struct MarkdownSummaryRenderer: DiagnosticRenderer {
    public var title: String
    public var maxRows: Int

    public init(title: String = "brandc lint", maxRows: Int = 100) {
        self.title = title
        self.maxRows = maxRows
    }

    public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
        let summary = DiagnosticSummary(counting: diagnostics)
        var out = "### \(Self.cell(title)): \(Self.count(summary.errors, "error")), \(Self.count(summary.warnings, "warning")), "
            + "\(Self.count(summary.notes, "note"))\n\n"
        guard !diagnostics.isEmpty else { return out + "No problems found.\n" }
        out += "| severity | location | code | message |\n|---|---|---|---|\n"
        for diagnostic in diagnostics.prefix(maxRows) {
            let location = diagnostic.location.map { location in
                "`" + Self.code(location.file + (location.start.map { ":\($0.line):\($0.column)" } ?? "")) + "`"
            } ?? ""
            out += "| \(diagnostic.severity.rawValue) | \(location) | \(Self.cell(diagnostic.code.id + " " + diagnostic.code.name)) | "
                + "\(Self.cell(diagnostic.message)) |\n"
        }
        if diagnostics.count > maxRows {
            out += "\n… and \(diagnostics.count - maxRows) more (see the SARIF results or the full log).\n"
        }
        return out
    }

    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    /// Text in a table cell: pipes, backticks, angle brackets and ampersands escaped, lines joined.
    static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "`": out += "\\`"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\r\n": out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text inside a code span in a cell: only pipes and line breaks need care; backticks become `'`.
    static func code(_ text: String) -> String {
        String(text.map { $0 == "`" ? "'" : ($0.isNewline ? " " : $0) }).replacingOccurrences(of: "|", with: "\\|")
    }
}
