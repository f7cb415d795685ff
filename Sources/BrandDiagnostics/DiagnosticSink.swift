/// Collects the diagnostics of a run. Stages take it `inout`, report what they find and carry on,
/// so one run reports every problem; only a fatal problem stops a stage.
public struct DiagnosticSink: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    /// How many diagnostics of each severity were reported, kept as they arrive: stages ask "did
    /// this product add an error?" once per product, and counting the whole list each time made a
    /// feed with a note on every row quadratic.
    private var notes = 0, warnings = 0, errors = 0

    public init() {}

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        tally(diagnostic.severity)
    }

    public mutating func report(
        _ code: DiagnosticCode,
        _ message: String,
        at location: SourceLocation?,
        notes: [DiagnosticNote] = [],
        fix: FixSuggestion? = nil
    ) {
        report(Diagnostic(code, message, at: location, notes: notes, fix: fix))
    }

    public mutating func append(contentsOf other: DiagnosticSink) {
        diagnostics.append(contentsOf: other.diagnostics)
        notes += other.notes
        warnings += other.warnings
        errors += other.errors
    }

    public var hasErrors: Bool { errors > 0 }

    public func count(of severity: Severity) -> Int {
        switch severity {
        case .note: notes
        case .warning: warnings
        case .error: errors
        }
    }

    private mutating func tally(_ severity: Severity) {
        switch severity {
        case .note: notes += 1
        case .warning: warnings += 1
        case .error: errors += 1
        }
    }

    /// The diagnostics in file and position order.
    public var sorted: [Diagnostic] { diagnostics.sorted(by: Diagnostic.sourceOrder) }
}
