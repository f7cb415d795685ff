public import BrandDiagnostics

extension VocabularyLocator {
    /// The best offline counter for Gemini text: the exact encoder when the model file is found
    /// and loads, else the estimator, with the reason reported to `sink` (an error for a file that
    /// was asked for but is missing or unusable, a note when none was asked for and none is cached).
    public func geminiCounter(explicitPath: String?, sink: inout DiagnosticSink) -> any TokenCounter {
        switch locate(explicitPath: explicitPath) {
        case .found(let path, _):
            do {
                return SentencePieceEncoder(model: try SentencePieceModel(contentsOf: path))
            } catch {
                sink.report(error.diagnostic(file: path))
            }
        case .missing(let path, let source):
            let error = SentencePieceModelError.unreadable(path: path, reason: "no such file (given by \(describe(source)))")
            sink.report(error.diagnostic(file: path))
        case .notFound(let searched):
            let place = searched.first.map { " at \($0)" } ?? ""
            sink.report(Diagnostic(
                .tokenizerNotFound,
                "no tokenizer model\(place); Gemini token counts are conservative estimates",
                at: nil,
                fix: FixSuggestion(
                    "pass --tokenizer PATH, set \(vocabulary.environmentVariable), or copy \(vocabulary.fileName) into the cache folder")))
        }
        return TokenEstimator()
    }
}
