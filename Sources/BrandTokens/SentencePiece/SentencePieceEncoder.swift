/// Exact Gemini text token counts: SentencePiece BPE over the Gemma 3 vocabulary, reproducing
/// `sentencepiece`'s `encode(text)` id for id (no `<bos>`, no turn tokens).
///
/// Immutable and `Sendable`: load the model once and share one encoder across a whole run.
public struct SentencePieceEncoder: TokenCounter {
    public let model: SentencePieceModel

    public init(model: SentencePieceModel) {
        self.model = model
    }

    public var method: TokenCountMethod { .exactSentencePiece }

    /// The piece ids of `text`.
    public func encode(_ text: String) -> [Int] {
        encodeIds(text).map(Int.init)
    }

    public func count(_ text: String) -> Int {
        encodeIds(text).count
    }

    /// The piece spellings of `text` (U+2581 for spaces, `<0xNN>` for byte fallback), for display and debugging.
    public func encodeAsPieces(_ text: String) -> [String] {
        encodeIds(text).map { model.piece(forId: Int($0)) ?? "" }
    }

    private func encodeIds(_ text: String) -> [Int32] {
        var text = text
        var ids: [Int32] = []
        text.withUTF8 { model.encode(utf8: $0, into: &ids) }
        return ids
    }
}
