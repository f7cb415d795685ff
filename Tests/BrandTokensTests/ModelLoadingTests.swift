import Foundation
import Testing
@testable import BrandTokens

/// A model the encoder cannot reproduce exactly, or bytes that are no model at all, are refused
/// with a typed error that maps to a diagnostic; nothing crashes.
@Suite struct ModelLoadingTests {
    static let minimal = ModelProtoWriter.vocabulary([("a", 0, .normal)])

    func loadError(_ bytes: [UInt8]) -> SentencePieceModelError? {
        do {
            _ = try SentencePieceModel(serialized: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func minimalModelLoads() throws {
        let model = try SentencePieceModel(serialized: Self.minimal.bytes)
        #expect(model.vocabularySize == 2)
        #expect(model.piece(forId: 1) == "a")
        #expect(model.id(forPiece: "a") == 1)
        #expect(model.id(forPiece: "zz") == 0)
    }

    @Test(arguments: [
        ("empty", [UInt8]()),
        ("plain text", Array("Brand voice: concise, friendly.\n".utf8)),
        ("PNG header", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]),
        ("JSON", Array(#"{"pieces": ["a", "b"]}"#.utf8)),
        ("endless varint", [UInt8](repeating: 0xFF, count: 16)),
        ("group wire type", [0x0B, 0x0C]),
    ])
    func notAModelIsMalformed(label: String, bytes: [UInt8]) {
        guard case .malformed = loadError(bytes) else {
            Issue.record("\(label): expected .malformed, got \(String(describing: loadError(bytes)))")
            return
        }
    }

    @Test func everyTruncationIsMalformed() {
        let bytes = Self.minimal.bytes
        for length in 0..<bytes.count {
            let error = loadError(Array(bytes[..<length]))
            guard case .malformed = error else {
                Issue.record("truncated to \(length) bytes: \(String(describing: error))")
                continue
            }
        }
    }

    @Test func unigramIsUnsupported() {
        var writer = Self.minimal
        writer.modelType = 1
        #expect(loadError(writer.bytes) == .unsupported("model type UNIGRAM; only BPE models are implemented"))
    }

    @Test func unknownModelTypeIsUnsupported() {
        var writer = Self.minimal
        writer.modelType = 9
        #expect(loadError(writer.bytes) == .unsupported("model type unknown (9); only BPE models are implemented"))
    }

    @Test func characterMapNormalizerIsUnsupported() {
        var writer = Self.minimal
        writer.normalizerName = "nmt_nfkc"
        writer.charsmap = [8, 0, 0, 0, 1, 2, 3, 4, 5]
        guard case .unsupported(let detail) = loadError(writer.bytes) else {
            Issue.record("expected .unsupported")
            return
        }
        #expect(detail.contains("nmt_nfkc"))
    }

    /// proto2 defaults: an absent `add_dummy_prefix` or `remove_extra_whitespaces` means true.
    @Test func defaultNormalizerOptionsAreUnsupported() {
        var writer = Self.minimal
        writer.addDummyPrefix = nil
        #expect(loadError(writer.bytes) == .unsupported("add_dummy_prefix is on"))
        writer.addDummyPrefix = false
        writer.removeExtraWhitespaces = nil
        #expect(loadError(writer.bytes) == .unsupported("remove_extra_whitespaces is on"))
    }

    @Test func missingTrainerSpecIsMalformed() {
        var writer = Self.minimal
        writer.includeTrainerSpec = false
        #expect(loadError(writer.bytes) == .malformed(offset: 0, reason: "the data has no trainer_spec"))
    }

    @Test func vocabularyRulesAreEnforced() {
        var noUnknown = ModelProtoWriter()
        noUnknown.pieces = [("a", 0, .normal)]
        #expect(loadError(noUnknown.bytes) == .invalidVocabulary("no piece has type UNKNOWN"))

        let duplicate = ModelProtoWriter.vocabulary([("a", 0, .normal), ("a", -1, .normal)])
        #expect(loadError(duplicate.bytes) == .invalidVocabulary("piece 2 is defined more than once"))

        let empty = ModelProtoWriter.vocabulary([("", 0, .normal)])
        #expect(loadError(empty.bytes) == .invalidVocabulary("piece 1 is empty"))

        var missingBytes = ModelProtoWriter.vocabulary([("a", 0, .normal)], byteFallback: true)
        missingBytes.pieces.removeLast()
        #expect(loadError(missingBytes.bytes)
            == .invalidVocabulary("byte_fallback is on but there is no piece for byte 0xff"))

        var bytesWithoutFallback = ModelProtoWriter.vocabulary([("a", 0, .normal)], byteFallback: true)
        bytesWithoutFallback.byteFallback = false
        #expect(loadError(bytesWithoutFallback.bytes)
            == .invalidVocabulary("byte piece 2 is present although byte_fallback is off"))
    }

    /// SentencePiece runs a model's own samples on load; so do we, and a mismatch is refused.
    @Test func selfTestSamplesAreChecked() throws {
        var writer = ModelProtoWriter.vocabulary([("a", 0, .normal), ("b", 0, .normal), ("ab", 1, .normal)])
        writer.selfTest = [("ab", "ab"), ("ba", "b a")]
        _ = try SentencePieceModel(serialized: writer.bytes)
        writer.selfTest = [("ab", "a b")]
        #expect(loadError(writer.bytes) == .unsupported("the model's self-test sample 'ab' encodes to 'ab', not 'a b'"))
    }

    @Test func unreadablePathsAreReported() throws {
        let missing = "/nonexistent/brandc/gemini.model"
        #expect(throws: SentencePieceModelError.unreadable(path: missing, reason: "no such file")) {
            try SentencePieceModel(contentsOf: missing)
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: SentencePieceModelError.unreadable(path: folder, reason: "it is a directory")) {
            try SentencePieceModel(contentsOf: folder)
        }
    }

    @Test func errorsMapToTheirDiagnosticCodes() {
        let diagnostic = SentencePieceModelError.unsupported("x").diagnostic(file: "m.model")
        #expect(diagnostic.code == .tokenizerUnsupported)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.file == "m.model")
        #expect(SentencePieceModelError.malformed(offset: 3, reason: "r").code.id == "TK002")
        #expect(Set(TokenDiagnostics.all.map(\.id)).count == TokenDiagnostics.all.count)
    }

    @Test(.enabled(if: TokenizerFixture.isAvailable, TokenizerFixture.missingReason))
    func truncatedGemmaModelIsMalformed() throws {
        let path = try #require(TokenizerFixture.modelPath)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        for length in [1, 1000, bytes.count / 2, bytes.count - 1] {
            let error = loadError(Array(bytes[..<length]))
            guard case .malformed = error else {
                Issue.record("truncated to \(length) bytes: \(String(describing: error))")
                continue
            }
        }
    }
}
