import BrandDiagnostics

/// brandc's own JSON: one pretty-printed object with sorted keys.
///
/// ```
/// { "version": 1,
///   "diagnostics": [ { "code": "B001", "name": "unknown-colour", "severity": "error", "message": "…",
///                      "location": { "file": "brand.yaml", "line": 3, "column": 10, "endLine": 3,
///                                    "endColumn": 17, "offset": 40, "endOffset": 47 },
///                      "notes": [ { "message": "…", "location": { … } } ],
///                      "fix": { "message": "…", "replacement": { "location": { … }, "text": "…" } } } ],
///   "summary": { "errors": 1, "warnings": 0, "notes": 0 } }
/// ```
/// Lines and columns are 1-based, columns count Unicode code points, offsets are 0-based UTF-8 byte
/// offsets, and every end is exclusive. Absent values are left out, never `null`: a location without a
/// range has only `file`, a diagnostic without a location has no `location`, one without a fix no `fix`;
/// `notes` is always present. `version` changes only when the shape changes incompatibly.
public struct JSONRenderer: DiagnosticRenderer {
    public static let formatVersion = 1

    public init() {}

    public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
        SortedJSON.encode(JSONReport(diagnostics))
    }
}

struct JSONReport: Codable, Equatable {
    var version: Int
    var diagnostics: [JSONDiagnostic]
    var summary: JSONSummary

    init(_ diagnostics: [Diagnostic]) {
        version = JSONRenderer.formatVersion
        self.diagnostics = diagnostics.map(JSONDiagnostic.init)
        summary = JSONSummary(DiagnosticSummary(counting: diagnostics))
    }
}

struct JSONDiagnostic: Codable, Equatable {
    var code: String
    var name: String
    var severity: String
    var message: String
    var location: JSONLocation?
    var notes: [JSONNote]
    var fix: JSONFix?

    init(_ diagnostic: Diagnostic) {
        code = diagnostic.code.id
        name = diagnostic.code.name
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
        location = diagnostic.location.map(JSONLocation.init)
        notes = diagnostic.notes.map { JSONNote(message: $0.message, location: $0.location.map(JSONLocation.init)) }
        fix = diagnostic.fix.map { fix in
            JSONFix(
                message: fix.message,
                replacement: fix.replacement.map {
                    JSONReplacement(location: JSONLocation($0.location), text: $0.text)
                })
        }
    }
}

struct JSONLocation: Codable, Equatable {
    var file: String
    var line: Int?
    var column: Int?
    var endLine: Int?
    var endColumn: Int?
    var offset: Int?
    var endOffset: Int?

    init(_ location: SourceLocation) {
        file = location.file
        line = location.range?.start.line
        column = location.range?.start.column
        endLine = location.range?.end.line
        endColumn = location.range?.end.column
        offset = location.range?.start.offset
        endOffset = location.range?.end.offset
    }
}

struct JSONNote: Codable, Equatable {
    var message: String
    var location: JSONLocation?
}

struct JSONFix: Codable, Equatable {
    var message: String
    var replacement: JSONReplacement?
}

struct JSONReplacement: Codable, Equatable {
    var location: JSONLocation
    var text: String
}

struct JSONSummary: Codable, Equatable {
    var errors: Int
    var warnings: Int
    var notes: Int

    init(_ summary: DiagnosticSummary) {
        errors = summary.errors
        warnings = summary.warnings
        notes = summary.notes
    }
}
