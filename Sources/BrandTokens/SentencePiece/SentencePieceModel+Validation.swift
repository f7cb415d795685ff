extension SentencePieceModel {
    /// Applies SentencePiece's own load-time checks (`ModelInterface::InitializePieces`) and
    /// refuses options this encoder does not implement.
    init(validating proto: ModelProto) throws(SentencePieceModelError) {
        try Self.checkSupported(proto)
        var normalIds: [Int32] = []
        var reservedIds: [Int32] = []
        var userDefinedPieces: [[UInt8]] = []
        var unknownId: Int32?
        var byteIds = [Int32](repeating: -1, count: 256)
        normalIds.reserveCapacity(proto.pieceCount)
        for index in 0..<proto.pieceCount {
            let id = Int32(index)
            let spelling = proto.pieceBytes[proto.pieceRange(index)]
            guard !spelling.isEmpty else { throw .invalidVocabulary("piece \(index) is empty") }
            guard let type = ModelProto.PieceType(rawValue: UInt8(truncatingIfNeeded: proto.types[index])),
                proto.types[index] >= 0, proto.types[index] <= 6
            else { throw .invalidVocabulary("piece \(index) has unknown type \(proto.types[index])") }
            switch type {
            case .normal, .unused: normalIds.append(id)
            case .userDefined:
                normalIds.append(id)
                userDefinedPieces.append(Array(spelling))
            case .control: reservedIds.append(id)
            case .unknown:
                guard unknownId == nil else { throw .invalidVocabulary("more than one piece has type UNKNOWN") }
                unknownId = id
                reservedIds.append(id)
            case .byte:
                guard proto.trainerSpec.byteFallback else {
                    throw .invalidVocabulary("byte piece \(index) is present although byte_fallback is off")
                }
                guard let byte = Self.byteValue(Array(spelling)) else {
                    throw .invalidVocabulary("byte piece \(index) is not spelled <0xNN>")
                }
                byteIds[Int(byte)] = id
                reservedIds.append(id)
            }
        }
        guard let unknownId else { throw .invalidVocabulary("no piece has type UNKNOWN") }
        if proto.trainerSpec.byteFallback, let missing = byteIds.firstIndex(of: -1) {
            throw .invalidVocabulary("byte_fallback is on but there is no piece for byte 0x\(String(missing, radix: 16))")
        }
        var duplicate: Int32?
        let normal = PieceTable(ids: normalIds, arena: proto.pieceBytes, starts: proto.pieceStarts) { duplicate = $0 }
        let reserved = PieceTable(ids: reservedIds, arena: proto.pieceBytes, starts: proto.pieceStarts) { duplicate = $0 }
        if let duplicate { throw .invalidVocabulary("piece \(duplicate) is defined more than once") }

        self.proto = proto
        self.normalPieces = normal
        self.reservedPieces = reserved
        self.userDefined = UserDefinedMatcher(pieces: userDefinedPieces)
        self.unknownId = unknownId
        self.byteIds = proto.trainerSpec.byteFallback ? byteIds : nil
        self.hasUnusedPieces = proto.types.contains(Int32(ModelProto.PieceType.unused.rawValue))
        self.reservedShadows = Self.shadows(normalIds, proto, reserved)
        try runSelfTest()
    }

    private static func checkSupported(_ proto: ModelProto) throws(SentencePieceModelError) {
        guard proto.pieceCount > 0 else {
            throw .malformed(offset: 0, reason: "the data holds no vocabulary pieces")
        }
        // SentencePiece always writes both specs after the pieces; a file cut at a field boundary lacks them.
        guard proto.hasTrainerSpec else { throw .malformed(offset: 0, reason: "the data has no trainer_spec") }
        guard proto.hasNormalizerSpec else { throw .malformed(offset: 0, reason: "the data has no normalizer_spec") }
        let normalizer = proto.normalizerSpec
        let modelType = ModelProto.ModelType(rawValue: proto.trainerSpec.modelType)
        guard modelType == .bpe else {
            let name = modelType.map { "\($0)".uppercased() } ?? "unknown (\(proto.trainerSpec.modelType))"
            throw .unsupported("model type \(name); only BPE models are implemented")
        }
        guard normalizer.precompiledCharsmapSize == 0 else {
            throw .unsupported("normalizer '\(normalizer.name)' has a character map; only the identity normalizer is implemented")
        }
        guard !normalizer.addDummyPrefix else { throw .unsupported("add_dummy_prefix is on") }
        guard !normalizer.removeExtraWhitespaces else { throw .unsupported("remove_extra_whitespaces is on") }
        guard !proto.trainerSpec.treatWhitespaceAsSuffix else {
            throw .unsupported("treat_whitespace_as_suffix is on")
        }
    }

    /// `<0x41>` -> 0x41, in SentencePiece's exact spelling (two upper-case hex digits).
    private static func byteValue(_ spelling: [UInt8]) -> UInt8? {
        guard spelling.count == 6, spelling[0..<3].elementsEqual("<0x".utf8), spelling[5] == UInt8(ascii: ">")
        else { return nil }
        let digits = "0123456789ABCDEF".utf8
        guard let high = digits.firstIndex(of: spelling[3]), let low = digits.firstIndex(of: spelling[4]) else {
            return nil
        }
        return UInt8(digits.distance(from: digits.startIndex, to: high) * 16 + digits.distance(from: digits.startIndex, to: low))
    }

    private static func shadows(_ normalIds: [Int32], _ proto: ModelProto, _ reserved: PieceTable) -> [Int32: Int32] {
        var shadows: [Int32: Int32] = [:]
        proto.pieceBytes.withUnsafeBufferPointer { arena in
            proto.pieceStarts.withUnsafeBufferPointer { starts in
                for id in normalIds {
                    let found = reserved.lookup(arena, proto.pieceRange(Int(id)), arena: arena, starts: starts)
                    if found != PieceTable.absent { shadows[id] = found }
                }
            }
        }
        return shadows
    }
}
