import BrandDiagnostics
import Testing
import BrandTokens

/// Both vocabularies go through one locator and one loader: the same codes, the same wording
/// (each with its own names), and hints that name the command that installs the file.
@Suite struct VocabularyMessagesTests {
    static func counter(_ vocabulary: VocabularyLocator.Vocabulary, explicitPath: String?) -> DiagnosticSink {
        var sink = DiagnosticSink()
        let locator = VocabularyLocator(vocabulary, environment: ["HOME": "/home/u"], fileExists: { _ in false })
        _ = vocabulary == .o200k
            ? locator.o200kCounter(explicitPath: explicitPath, sink: &sink)
            : locator.geminiCounter(explicitPath: explicitPath, sink: &sink)
        return sink
    }

    @Test func noVocabularyIsANoteThatSaysHowToInstallIt() throws {
        let o200k = try #require(Self.counter(.o200k, explicitPath: nil).diagnostics.first)
        #expect(o200k.code == .tokenizerNotFound)
        #expect(o200k.message == "no o200k_base vocabulary at /home/u/.cache/brandc/tokenizers/o200k_base.tiktoken; "
            + "OpenAI token counts are conservative estimates")
        #expect(o200k.fix?.message == "run `brandc tokenizer install o200k` (offline: `brandc tokenizer install o200k --from PATH`), "
            + "pass --o200k PATH, or set BRANDC_O200K to its path (o200k_base.tiktoken)")
        let gemini = try #require(Self.counter(.gemini, explicitPath: nil).diagnostics.first)
        #expect(gemini.code == .tokenizerNotFound)
        #expect(gemini.message == "no tokenizer model at /home/u/.cache/brandc/tokenizers/gemini-gemma3-262k.spm.model; "
            + "Gemini token counts are conservative estimates")
        #expect(gemini.fix?.message == "run `brandc tokenizer install gemini` (offline: `brandc tokenizer install gemini --from PATH`), "
            + "pass --tokenizer PATH, or set BRANDC_TOKENIZER to its path (gemini-gemma3-262k.spm.model)")
    }

    @Test func aMissingGivenFileIsTK001NamingWhereItWasGiven() throws {
        let o200k = try #require(Self.counter(.o200k, explicitPath: "/typo.tiktoken").diagnostics.first)
        #expect(o200k.code == .tokenizerUnreadable && o200k.code.id == "TK001")
        #expect(o200k.message == "cannot read the o200k_base vocabulary '/typo.tiktoken': no such file (given by --o200k)")
        #expect(o200k.location?.file == "/typo.tiktoken")
        #expect(o200k.fix?.message == "reinstall OpenAI's o200k_base.tiktoken (sha256 446a9538…1a2d) with `brandc tokenizer install o200k` "
            + "(offline: `brandc tokenizer install o200k --from PATH`), or remove the option to use the conservative estimate")
        let gemini = try #require(Self.counter(.gemini, explicitPath: "/typo.model").diagnostics.first)
        #expect(gemini.code == .tokenizerUnreadable)
        #expect(gemini.message == "cannot read the tokenizer model '/typo.model': no such file (given by --tokenizer)")
        #expect(gemini.fix?.message == "pass the Gemma 3 SentencePiece model (gemini-gemma3-262k.spm.model) with --tokenizer, "
            + "or remove the option to use the conservative estimate")
    }

    @Test func bothLoadersReadFilesTheSameWay() {
        #expect(throws: O200kVocabularyError.unreadable(path: "/no/such", reason: "no such file")) {
            try O200kVocabulary(contentsOf: "/no/such")
        }
        #expect(throws: SentencePieceModelError.unreadable(path: "/no/such", reason: "no such file")) {
            try SentencePieceModel(contentsOf: "/no/such")
        }
        #expect(throws: O200kVocabularyError.unreadable(path: "/", reason: "it is a directory")) { try O200kVocabulary(contentsOf: "/") }
        #expect(throws: SentencePieceModelError.unreadable(path: "/", reason: "it is a directory")) { try SentencePieceModel(contentsOf: "/") }
    }
}
