import BrandDiagnostics

/// The format for people: rustc/clang-style blocks, one per diagnostic, separated by a blank line.
///
/// ```
/// brand.yaml:3:10: error[B001]: unknown colour 'primray'
///  3 | colors: {primray: "#ff0000"}
///    |          ^~~~~~~
/// brand.yaml:1:1: note: colours are defined here
///    = help: did you mean 'primary'?
///    = suggestion: replace `primray` with `primary` at brand.yaml:3:10
/// ```
///
/// The header's column is the 1-based code-point column, the unit the rest of brandc (and SARIF's
/// `unicodeCodePoints`) uses. The caret is placed by display width instead (`RenderOptions.columnWidth`,
/// tabs kept as tabs), so it sits under the right character even after wide or combining characters.
/// A location without a range prints `path: …` and no source; no location prints the label alone.
/// Source is shown only when the file is in the context and the line exists in it.
public struct HumanRenderer: DiagnosticRenderer {
    public init() {}

    public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
        diagnostics.map { block(for: $0, context: context) }.joined(separator: "\n")
    }

    func block(for diagnostic: Diagnostic, context: RenderContext) -> String {
        let style = TerminalStyle(enabled: context.options.useColor)
        let shownLines = ([diagnostic.location] + diagnostic.notes.map(\.location)).compactMap { $0?.start?.line }
        var writer = HumanBlockWriter(
            context: context, style: style, gutterWidth: String(shownLines.max() ?? 0).count)
        writer.header(
            at: diagnostic.location,
            label: "\(diagnostic.severity.rawValue)[\(diagnostic.code.id)]",
            color: style.color(for: diagnostic.severity), message: diagnostic.message)
        writer.snippet(at: diagnostic.location, color: style.color(for: diagnostic.severity))
        for note in diagnostic.notes {
            if let location = note.location {
                writer.header(at: location, label: "note", color: .cyan, message: note.message)
                writer.snippet(at: location, color: .cyan)
            } else {
                writer.aside(label: "note", message: note.message)
            }
        }
        if let fix = diagnostic.fix {
            writer.aside(label: "help", message: fix.message)
            if let replacement = fix.replacement {
                writer.aside(label: "suggestion", message: describe(replacement, context: context))
            }
        }
        return writer.output
    }

    /// `replace `old` with `new` at path:line:col`, with the old text when it is on one line of a known file.
    func describe(_ replacement: TextReplacement, context: RenderContext) -> String {
        let location = HumanBlockWriter.describe(replacement.location)
        let new = "`" + HumanRenderer.visible(replacement.text) + "`"
        guard let range = replacement.location.range, range.start.offset < range.end.offset else {
            return "insert \(new) at \(location)"
        }
        var old: String?
        if range.start.line == range.end.line, let file = context.sourceLines(replacement.location.file),
            let replaced = file.line(range.start.line)?.bytes(from: range.start.offset, to: range.end.offset)
        {
            old = "`" + DisplayLine(bytes: replaced).units.joined() + "`"
        }
        if replacement.text.isEmpty { return "remove \(old ?? "the text") at \(location)" }
        return "replace \(old ?? "the text") with \(new) at \(location)"
    }

    /// Line breaks and tabs in inserted text, spelled out so the suggestion stays on one line.
    static func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
    }
}
