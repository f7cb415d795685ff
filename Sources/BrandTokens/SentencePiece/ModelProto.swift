/// The fields of a serialized SentencePiece `ModelProto` that encoding depends on, as stored,
/// with proto2 defaults applied to absent fields (field numbers from google/sentencepiece's
/// `sentencepiece_model.proto`).
///
/// Piece strings live in one byte arena rather than one array each: a 262k-piece vocabulary then
/// loads with a handful of allocations.
struct ModelProto: Sendable {
    /// `ModelProto.SentencePiece.Type`.
    enum PieceType: UInt8, Sendable {
        case normal = 1, unknown = 2, control = 3, userDefined = 4, unused = 5, byte = 6
    }

    /// `TrainerSpec.ModelType`.
    enum ModelType: Int32, Sendable {
        case unigram = 1, bpe = 2, word = 3, character = 4
    }

    struct TrainerSpec: Sendable {
        /// Raw so that an unknown enum value can be reported rather than lost.
        var modelType: Int32 = ModelType.unigram.rawValue
        var byteFallback = false
        var treatWhitespaceAsSuffix = false
    }

    struct NormalizerSpec: Sendable {
        var name: String = ""
        var precompiledCharsmapSize = 0
        var addDummyPrefix = true
        var removeExtraWhitespaces = true
        var escapeWhitespaces = true
    }

    struct SelfTestSample: Sendable {
        var input: [UInt8] = []
        var expected: [UInt8] = []
    }

    var pieceBytes: [UInt8] = []
    /// `pieceStarts[i]..<pieceStarts[i + 1]` is piece `i` in `pieceBytes`.
    var pieceStarts: [Int32] = [0]
    var scores: [Float] = []
    /// Raw `type` values; validated when the model is built.
    var types: [Int32] = []
    var trainerSpec = TrainerSpec()
    var normalizerSpec = NormalizerSpec()
    var selfTestSamples: [SelfTestSample] = []
    var hasTrainerSpec = false
    var hasNormalizerSpec = false

    var pieceCount: Int { scores.count }

    func pieceRange(_ id: Int) -> Range<Int> {
        Int(pieceStarts[id])..<Int(pieceStarts[id + 1])
    }
}
