extension ModelProto {
    typealias Reader = ProtobufReader
    typealias Malformed = ProtobufReader.MalformedInput

    /// Decodes a serialized `ModelProto`; unknown fields are skipped, as protobuf requires.
    init(serialized bytes: UnsafeBufferPointer<UInt8>) throws(Malformed) {
        self.init()
        pieceBytes.reserveCapacity(bytes.count / 2)
        var reader = Reader(bytes, range: 0..<bytes.count)
        while let field = try reader.nextField() {
            switch field.number {
            case 1:
                try reader.require(field, is: .lengthDelimited, in: "ModelProto.pieces")
                try decodePiece(bytes, try reader.readLengthDelimited())
            case 2:
                try reader.require(field, is: .lengthDelimited, in: "ModelProto.trainer_spec")
                try trainerSpec.decode(bytes, try reader.readLengthDelimited())
                hasTrainerSpec = true
            case 3:
                try reader.require(field, is: .lengthDelimited, in: "ModelProto.normalizer_spec")
                try normalizerSpec.decode(bytes, try reader.readLengthDelimited())
                hasNormalizerSpec = true
            case 4:
                try reader.require(field, is: .lengthDelimited, in: "ModelProto.self_test_data")
                try decodeSelfTestData(bytes, try reader.readLengthDelimited())
            default:
                try reader.skip(field.wireType)
            }
        }
    }

    private mutating func decodePiece(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(Malformed) {
        var reader = Reader(bytes, range: range)
        var piece: Range<Int> = range.lowerBound..<range.lowerBound
        var score: Float = 0
        var type = Int32(PieceType.normal.rawValue)
        while let field = try reader.nextField() {
            switch field.number {
            case 1:
                try reader.require(field, is: .lengthDelimited, in: "SentencePiece.piece")
                piece = try reader.readLengthDelimited()
            case 2:
                try reader.require(field, is: .fixed32, in: "SentencePiece.score")
                score = try reader.readFloat()
            case 3:
                try reader.require(field, is: .varint, in: "SentencePiece.type")
                type = try reader.readInt32()
            default:
                try reader.skip(field.wireType)
            }
        }
        pieceBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[piece]))
        pieceStarts.append(Int32(truncatingIfNeeded: pieceBytes.count))
        scores.append(score)
        types.append(type)
    }

    private mutating func decodeSelfTestData(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(Malformed) {
        var reader = Reader(bytes, range: range)
        while let field = try reader.nextField() {
            guard field.number == 1 else {
                try reader.skip(field.wireType)
                continue
            }
            try reader.require(field, is: .lengthDelimited, in: "SelfTestData.samples")
            var sampleReader = Reader(bytes, range: try reader.readLengthDelimited())
            var sample = SelfTestSample()
            while let sampleField = try sampleReader.nextField() {
                switch sampleField.number {
                case 1, 2:
                    try sampleReader.require(sampleField, is: .lengthDelimited, in: "SelfTestData.Sample")
                    let value = Array(UnsafeBufferPointer(rebasing: bytes[try sampleReader.readLengthDelimited()]))
                    if sampleField.number == 1 { sample.input = value } else { sample.expected = value }
                default:
                    try sampleReader.skip(sampleField.wireType)
                }
            }
            selfTestSamples.append(sample)
        }
    }
}

extension ModelProto.TrainerSpec {
    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(ProtobufReader.MalformedInput) {
        var reader = ProtobufReader(bytes, range: range)
        while let field = try reader.nextField() {
            switch (field.number, field.wireType) {
            case (3, .varint): modelType = try reader.readInt32()
            case (24, .varint): treatWhitespaceAsSuffix = try reader.readBool()
            case (35, .varint): byteFallback = try reader.readBool()
            case (3, _), (24, _), (35, _):
                try reader.require(field, is: .varint, in: "TrainerSpec")
            default:
                try reader.skip(field.wireType)
            }
        }
    }
}

extension ModelProto.NormalizerSpec {
    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(ProtobufReader.MalformedInput) {
        var reader = ProtobufReader(bytes, range: range)
        while let field = try reader.nextField() {
            switch (field.number, field.wireType) {
            case (1, .lengthDelimited):
                name = String(decoding: UnsafeBufferPointer(rebasing: bytes[try reader.readLengthDelimited()]), as: UTF8.self)
            case (2, .lengthDelimited): precompiledCharsmapSize = try reader.readLengthDelimited().count
            case (3, .varint): addDummyPrefix = try reader.readBool()
            case (4, .varint): removeExtraWhitespaces = try reader.readBool()
            case (5, .varint): escapeWhitespaces = try reader.readBool()
            case (1, _), (2, _):
                try reader.require(field, is: .lengthDelimited, in: "NormalizerSpec")
            case (3, _), (4, _), (5, _):
                try reader.require(field, is: .varint, in: "NormalizerSpec")
            default:
                try reader.skip(field.wireType)
            }
        }
    }
}
