import BrandDiagnostics
import BrandDriver

/// brandc diagnostics as the protocol's: range, severity, code with a link to its description,
/// notes as related information, and the fix (when it is an exact replacement) as `data` for the
/// quick fix.
enum DiagnosticMessages {
    /// Where each code is described (`brandc explain CODE` prints the same text).
    static let codeDocsBase = "https://brandc.dev/docs/diagnostics#"

    static func severity(_ severity: Severity) -> JSON {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .note: return 3
        }
    }

    static func lsp(
        _ diagnostic: Diagnostic, in document: OpenDocument, otherFiles: inout [String: TextLines],
        reader: (String) -> String?
    ) -> JSON {
        func lines(for file: String) -> TextLines? {
            if file == document.path { return document.lines }
            if let cached = otherFiles[file] { return cached }
            guard let text = reader(file) else { return nil }
            otherFiles[file] = TextLines(text)
            return otherFiles[file]
        }
        var message = diagnostic.message
        var related: [JSON] = []
        for note in diagnostic.notes {
            if let location = note.location, let noteLines = lines(for: location.file) {
                related.append([
                    "location": ["uri": .string(DocumentURI.uri(location.file)), "range": noteLines.lspRange(location.range)],
                    "message": .string(note.message),
                ])
            } else {
                message += "\nnote: " + note.message
            }
        }
        var data: [String: JSON] = [:]
        if let fix = diagnostic.fix {
            if let replacement = fix.replacement, let fixLines = lines(for: replacement.location.file) {
                data["fix"] = [
                    "title": .string(fix.message), "uri": .string(DocumentURI.uri(replacement.location.file)),
                    "range": fixLines.lspRange(replacement.location.range), "newText": .string(replacement.text),
                ]
            } else {
                message += "\nfix: " + fix.message
            }
        }
        var result: [String: JSON] = [
            "range": document.lines.lspRange(diagnostic.location?.range),
            "severity": severity(diagnostic.severity),
            "code": .string(diagnostic.code.id),
            "codeDescription": ["href": .string(codeDocsBase + diagnostic.code.id.lowercased())],
            "source": "brandc",
            "message": .string(message),
        ]
        if !related.isEmpty { result["relatedInformation"] = .array(related) }
        if !data.isEmpty { result["data"] = .object(data) }
        return .object(result)
    }
}
