/// Collects the diagnostics of a run. Stages take it `inout`, report what they find and carry on,
/// so one run reports every problem; only a fatal problem stops a stage.
public struct DiagnosticSink: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
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
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public func count(of severity: Severity) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// The diagnostics in file and position order.
    public var sorted: [Diagnostic] { diagnostics.sorted(by: Diagnostic.sourceOrder) }
}
