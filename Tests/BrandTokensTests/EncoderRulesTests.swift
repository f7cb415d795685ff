import Testing
import BrandTokens

/// SentencePiece's BPE rules on vocabularies small enough to work out by hand.
/// Ids: 0 `<unk>`, 1 `<s>` (control), 2 `a`, 3 `b`, 4 `ab`, 5 `▁`, 6 `▁ab`, 7 `<x>` (user-defined),
/// 8 `a<x>` (a normal piece that a frozen `<x>` must never join), 9 `abab` (UNUSED, best score).
@Suite struct EncoderRulesTests {
    static let pieces: [(String, Float, ModelProtoWriter.PieceType)] = [
        ("<s>", 0, .control), ("a", -10, .normal), ("b", -10, .normal), ("ab", -1, .normal),
        ("\u{2581}", -10, .normal), ("\u{2581}ab", -2, .normal), ("<x>", 0, .userDefined),
        ("a<x>", 10, .normal), ("abab", 5, .unused),
    ]

    static func encoder(byteFallback: Bool = false) throws -> SentencePieceEncoder {
        try SentencePieceEncoder(
            model: SentencePieceModel(
                serialized: ModelProtoWriter.vocabulary(pieces, byteFallback: byteFallback).bytes))
    }

    @Test func spacesBecomeU2581AndMergeByScore() throws {
        // a b ▁ a b -> ab ▁ a b -> ab ▁ ab -> ab ▁ab
        #expect(try Self.encoder().encode("ab ab") == [4, 6])
    }

    @Test func userDefinedPiecesAreNeverMerged() throws {
        #expect(try Self.encoder().encode("a<x>b") == [2, 7, 3])
    }

    @Test func unusedPiecesAreSplitBackIntoTheirParts() throws {
        // ab + ab would merge into the UNUSED `abab`, which is emitted as its two halves.
        #expect(try Self.encoder().encode("abab") == [4, 4])
    }

    @Test func runsOfUnknownCharactersBecomeOneUnknownWithoutByteFallback() throws {
        #expect(try Self.encoder().encode("zzé a") == [0, 5, 2])
    }

    @Test func unknownCharactersFallBackToBytes() throws {
        // Byte pieces follow the ten pieces above: `<0xNN>` has id 10 + NN.
        #expect(try Self.encoder(byteFallback: true).encode("é") == [10 + 0xC3, 10 + 0xA9])
        #expect(try Self.encoder(byteFallback: true).encode("a\u{7}") == [2, 10 + 0x07])
    }

    @Test func controlPiecesAreNotProducedFromText() throws {
        #expect(try Self.encoder().encode("<s>") == [0])
    }
}
