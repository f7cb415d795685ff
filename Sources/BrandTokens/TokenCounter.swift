/// How a token count was obtained; the values are the labels brandc prints and writes in reports.
public enum TokenCountMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Exact: Google's SentencePiece vocabulary for Gemini (the Gemma 3 262k model), encoded offline.
    case exactSentencePiece = "exact:sentencepiece"
    /// Exact: OpenAI's `o200k_base` byte-pair encoding, encoded offline.
    case exactO200k = "exact:o200k"
    /// A conservative, script-aware estimate: may overcount, should not undercount.
    case estimate = "estimate"
    /// Reported by the provider's `countTokens` endpoint.
    case apiCountTokens = "api:countTokens"

    /// Whether counts from this method are the provider's own numbers rather than an estimate.
    public var isExact: Bool { self != .estimate }
}

/// Counts the tokens a model would see for a text. Implementations are immutable values that can
/// be shared across threads and reused for a whole feed.
public protocol TokenCounter: Sendable {
    var method: TokenCountMethod { get }
    /// The number of tokens `text` encodes to, with no begin- or end-of-sequence tokens.
    func count(_ text: String) -> Int
}
