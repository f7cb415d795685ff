/// One problem found in the input: what, how serious, where, and what to do about it.
public struct Diagnostic: Hashable, Sendable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    /// The primary location; `nil` only for problems with no file at all (a bad command-line value).
    public var location: SourceLocation?
    /// Secondary messages, usually pointing elsewhere ("first defined here").
    public var notes: [DiagnosticNote]
    public var fix: FixSuggestion?

    public init(
        _ code: DiagnosticCode,
        _ message: String,
        at location: SourceLocation?,
        severity: Severity? = nil,
        notes: [DiagnosticNote] = [],
        fix: FixSuggestion? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.location = location
        self.notes = notes
        self.fix = fix
    }
}

/// A secondary message attached to a diagnostic, optionally at a location of its own.
public struct DiagnosticNote: Hashable, Sendable {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
}

/// A suggested fix: what to do, and optionally the exact text to put in place of a range.
public struct FixSuggestion: Hashable, Sendable {
    public var message: String
    public var replacement: TextReplacement?

    public init(_ message: String, replacement: TextReplacement? = nil) {
        self.message = message
        self.replacement = replacement
    }
}

/// Replace the text at `location` with `text`.
public struct TextReplacement: Hashable, Sendable {
    public var location: SourceLocation
    public var text: String

    public init(at location: SourceLocation, with text: String) {
        self.location = location
        self.text = text
    }
}

extension Diagnostic {
    /// Orders diagnostics by file, then position, then code, so output is stable across runs.
    public static func sourceOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let lfile = lhs.location?.file ?? ""
        let rfile = rhs.location?.file ?? ""
        if lfile != rfile { return lfile < rfile }
        let loff = lhs.location?.range?.start.offset ?? -1
        let roff = rhs.location?.range?.start.offset ?? -1
        if loff != roff { return loff < roff }
        if lhs.code.id != rhs.code.id { return lhs.code.id < rhs.code.id }
        return lhs.message < rhs.message
    }
}
