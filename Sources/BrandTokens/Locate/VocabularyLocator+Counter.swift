public import BrandDiagnostics

extension VocabularyLocator {
    /// The best offline counter for Gemini text: the exact SentencePiece encoder when the model
    /// file is found and loads, else the estimator (see `counter(explicitPath:sink:load:estimate:)`).
    public func geminiCounter(explicitPath: String?, sink: inout DiagnosticSink) -> any TokenCounter {
        counter(explicitPath: explicitPath, sink: &sink, estimate: TokenEstimator()) { (path) throws(SentencePieceModelError) in
            SentencePieceEncoder(model: try SentencePieceModel(contentsOf: path))
        }
    }

    /// The best offline counter for OpenAI text: the exact `o200k_base` encoder when the rank file
    /// is found and loads, else the estimator. The estimator is calibrated against the Gemini
    /// vocabulary, so it is scaled up for this one (`TokenEstimator.forO200k`).
    public func o200kCounter(explicitPath: String?, sink: inout DiagnosticSink) -> any TokenCounter {
        counter(explicitPath: explicitPath, sink: &sink, estimate: TokenEstimator.forO200k) { (path) throws(O200kVocabularyError) in
            try O200kEncoder(contentsOf: path)
        }
    }

    /// The exact counter `load` makes from the located file, else `estimate`, with the reason
    /// reported to `sink`: an error for a file that was asked for but is missing or unusable
    /// (`TK001`…`TK004`, at that file), a note (`TK005`) when none was asked for and none is installed.
    func counter<Failure: VocabularyLoadError>(
        explicitPath: String?, sink: inout DiagnosticSink, estimate: any TokenCounter,
        load: (String) throws(Failure) -> any TokenCounter
    ) -> any TokenCounter {
        switch locate(explicitPath: explicitPath) {
        case .found(let path, _):
            do throws(Failure) {
                return try load(path)
            } catch {
                sink.report(error.diagnostic(file: path))
            }
        case .missing(let path, let source):
            let error = Failure.unreadable(path: path, reason: "no such file (given by \(describe(source)))")
            sink.report(error.diagnostic(file: path))
        case .notFound(let searched):
            let place = searched.first.map { " at \($0)" } ?? ""
            sink.report(Diagnostic(
                .tokenizerNotFound,
                "no \(vocabulary.description)\(place); \(vocabulary.counts) token counts are conservative estimates",
                at: nil, fix: FixSuggestion(vocabulary.installHint)))
        }
        return estimate
    }
}
