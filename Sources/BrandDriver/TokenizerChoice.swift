import BrandDiagnostics
import BrandModel
public import BrandTokens

/// How the driver counts tokens: find the route's vocabulary (an explicit path first, then the
/// environment and the user cache), always estimate, or use a given counter.
public enum TokenizerChoice: Sendable {
    case locate(explicitPath: String?)
    case estimate
    case counter(any TokenCounter)

    /// The counter for `model`'s family without the note that counts are estimates (for lint, where
    /// a count only decides a warning); problems with a vocabulary that was asked for still count.
    func quietCounter(for model: TargetModel, sink: inout DiagnosticSink) -> any TokenCounter {
        var local = DiagnosticSink()
        let counter = counter(for: model, sink: &local)
        for diagnostic in local.diagnostics where diagnostic.severity == .error { sink.report(diagnostic) }
        return counter
    }

    /// The counter for `model`'s family; how it was chosen is reported to `sink`.
    func counter(for model: TargetModel, sink: inout DiagnosticSink) -> any TokenCounter {
        switch self {
        case .counter(let counter):
            return counter
        case .estimate:
            return TokenEstimator()
        case .locate(let explicitPath):
            guard model.family == "gemini" else { return TokenEstimator() }
            return TokenizerLocator().geminiCounter(explicitPath: explicitPath, sink: &sink)
        }
    }
}
