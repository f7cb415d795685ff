/// Exact OpenAI token counts: tiktoken's `o200k_base` encoding (GPT-4o, GPT-4.1, o-series and
/// gpt-image models), reproducing `Encoding.encode_ordinary` id for id. Special tokens such as
/// `<|endoftext|>` are ordinary text here, as in `encode_ordinary`.
///
/// Immutable and `Sendable`: load the vocabulary once and share one encoder across a whole run.
public struct O200kEncoder: TokenCounter {
    public let vocabulary: O200kVocabulary

    public init(vocabulary: O200kVocabulary) {
        self.vocabulary = vocabulary
    }

    /// Loads and checks the rank file at `path` (see `O200kVocabulary`).
    public init(contentsOf path: String) throws(O200kVocabularyError) {
        self.init(vocabulary: try O200kVocabulary(contentsOf: path))
    }

    public var method: TokenCountMethod { .exactO200k }

    /// The token ids (ranks) of `text`.
    public func encode(_ text: String) -> [Int] {
        var ids: [Int32] = []
        encode(text, into: &ids)
        return ids.map(Int.init)
    }

    public func count(_ text: String) -> Int {
        var ids: [Int32] = []
        encode(text, into: &ids)
        return ids.count
    }

    /// The pre-tokenization pieces of `text`, for display and debugging.
    public func pieces(_ text: String) -> [String] {
        var pieces: [String] = []
        ScalarBuffer(text).withPreTokenizer { bytes, splitter, byteOffsets in
            var start = 0
            while start < splitter.count {
                let end = splitter.pieceEnd(at: start)
                pieces.append(String(decoding: bytes[Int(byteOffsets[start])..<Int(byteOffsets[end])], as: UTF8.self))
                start = end
            }
        }
        return pieces
    }

    func encode(_ text: String, into ids: inout [Int32], longPieceBytes: Int = BytePairMerger().longPieceBytes) {
        var merger = BytePairMerger()
        merger.longPieceBytes = longPieceBytes
        ScalarBuffer(text).withPreTokenizer { bytes, splitter, byteOffsets in
            var start = 0
            while start < splitter.count {
                let end = splitter.pieceEnd(at: start)
                merger.encode(bytes, Int(byteOffsets[start])..<Int(byteOffsets[end]), with: vocabulary, into: &ids)
                start = end
            }
        }
    }
}
