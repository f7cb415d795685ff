import BrandDiagnostics
import BrandModel
public import BrandTokens

/// How the driver counts tokens: find the route's vocabulary (an explicit path first, then the
/// environment and the user cache), always estimate, or use a given counter.
public enum TokenizerChoice: Sendable {
    /// `explicitPath` is the Gemini SentencePiece model, `o200kPath` OpenAI's rank file.
    case locate(explicitPath: String?, o200kPath: String? = nil)
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
            return model.family == "gemini" ? TokenEstimator() : TokenEstimator.forO200k
        case .locate(let explicitPath, let o200kPath):
            guard model.family == "gemini" else {
                return VocabularyLocator(.o200k).o200kCounter(explicitPath: o200kPath, sink: &sink)
            }
            return VocabularyLocator(.gemini).geminiCounter(explicitPath: explicitPath, sink: &sink)
        }
    }
}
