/// Writes small SentencePiece `ModelProto`s in the protobuf wire format, so load-time checks and
/// encoder rules can be tested on vocabularies whose every id is known by hand.
struct ModelProtoWriter {
    enum PieceType: Int { case normal = 1, unknown, control, userDefined, unused, byte }

    var pieces: [(String, Float, PieceType)] = []
    var modelType = 2
    var byteFallback = false
    var normalizerName = "identity"
    var charsmap: [UInt8] = []
    var addDummyPrefix: Bool? = false
    var removeExtraWhitespaces: Bool? = false
    var includeTrainerSpec = true
    /// `self_test_data` samples: input and the expected pieces joined by spaces.
    var selfTest: [(String, String)] = []

    /// `<unk>`, then `extra`, then (with byte fallback) the 256 byte pieces.
    static func vocabulary(_ extra: [(String, Float, PieceType)], byteFallback: Bool = false) -> ModelProtoWriter {
        var writer = ModelProtoWriter()
        writer.pieces = [("<unk>", 0, .unknown)] + extra
        writer.byteFallback = byteFallback
        if byteFallback {
            let hex = Array("0123456789ABCDEF")
            for byte in 0..<256 { writer.pieces.append(("<0x\(hex[byte / 16])\(hex[byte % 16])>", 0, .byte)) }
        }
        return writer
    }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        for (piece, score, type) in pieces {
            var message: [UInt8] = []
            Self.bytesField(1, Array(piece.utf8), into: &message)
            Self.key(2, 5, into: &message)
            withUnsafeBytes(of: score.bitPattern.littleEndian) { message.append(contentsOf: $0) }
            Self.varintField(3, UInt64(type.rawValue), into: &message)
            Self.bytesField(1, message, into: &out)
        }
        if includeTrainerSpec {
            var trainer: [UInt8] = []
            Self.varintField(3, UInt64(modelType), into: &trainer)
            Self.varintField(4, UInt64(pieces.count), into: &trainer)
            Self.varintField(35, byteFallback ? 1 : 0, into: &trainer)
            Self.bytesField(2, trainer, into: &out)
        }
        var normalizer: [UInt8] = []
        Self.bytesField(1, Array(normalizerName.utf8), into: &normalizer)
        if !charsmap.isEmpty { Self.bytesField(2, charsmap, into: &normalizer) }
        if let addDummyPrefix { Self.varintField(3, addDummyPrefix ? 1 : 0, into: &normalizer) }
        if let removeExtraWhitespaces { Self.varintField(4, removeExtraWhitespaces ? 1 : 0, into: &normalizer) }
        Self.bytesField(3, normalizer, into: &out)
        if !selfTest.isEmpty {
            var samples: [UInt8] = []
            for (input, expected) in selfTest {
                var sample: [UInt8] = []
                Self.bytesField(1, Array(input.utf8), into: &sample)
                Self.bytesField(2, Array(expected.utf8), into: &sample)
                Self.bytesField(1, sample, into: &samples)
            }
            Self.bytesField(4, samples, into: &out)
        }
        return out
    }

    static func varint(_ value: UInt64, into out: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            out.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
    }

    static func key(_ field: Int, _ wireType: Int, into out: inout [UInt8]) {
        varint(UInt64(field << 3 | wireType), into: &out)
    }

    static func varintField(_ field: Int, _ value: UInt64, into out: inout [UInt8]) {
        key(field, 0, into: &out)
        varint(value, into: &out)
    }

    static func bytesField(_ field: Int, _ value: [UInt8], into out: inout [UInt8]) {
        key(field, 2, into: &out)
        varint(UInt64(value.count), into: &out)
        out.append(contentsOf: value)
    }
}
