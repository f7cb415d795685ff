public import BrandDiagnostics

extension VocabularyLocator {
    /// The best offline counter for OpenAI text: the exact `o200k_base` encoder when the rank file
    /// is found and loads, else the estimator, with the reason reported to `sink` (an error for a
    /// file that was asked for but is missing or unusable, a note when none was asked for and
    /// none is cached).
    ///
    /// The estimator is calibrated against the Gemini vocabulary, so it is scaled up for this one
    /// (`TokenEstimator.forO200k`).
    public func o200kCounter(explicitPath: String?, sink: inout DiagnosticSink) -> any TokenCounter {
        switch locate(explicitPath: explicitPath) {
        case .found(let path, _):
            do {
                return try O200kEncoder(contentsOf: path)
            } catch {
                sink.report(error.diagnostic(file: path))
            }
        case .missing(let path, let source):
            let error = O200kVocabularyError.unreadable(path: path, reason: "no such file (given by \(describe(source)))")
            sink.report(error.diagnostic(file: path))
        case .notFound(let searched):
            let place = searched.first.map { " at \($0)" } ?? ""
            sink.report(Diagnostic(
                .tokenizerNotFound,
                "no o200k_base vocabulary\(place); OpenAI token counts are conservative estimates",
                at: nil,
                fix: FixSuggestion(
                    "run scripts/tokens/o200k/fetch_vocab.py, or set \(vocabulary.environmentVariable) to an "
                        + "\(vocabulary.fileName) file")))
        }
        return TokenEstimator.forO200k
    }
}
