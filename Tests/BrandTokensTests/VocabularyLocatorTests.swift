import BrandDiagnostics
import Testing
import BrandTokens

@Suite struct VocabularyLocatorTests {
    static func locator(_ environment: [String: String], existing: Set<String>) -> VocabularyLocator {
        VocabularyLocator(.gemini, environment: environment, fileExists: { existing.contains($0) })
    }

    @Test func commandLineWinsOverEnvironmentAndCache() {
        let locator = Self.locator(
            ["BRANDC_TOKENIZER": "/env.model", "HOME": "/home/u"],
            existing: ["/cli.model", "/env.model", "/home/u/.cache/brandc/tokenizers/gemini-gemma3-262k.spm.model"])
        #expect(locator.locate(explicitPath: "/cli.model") == .found(path: "/cli.model", source: .commandLine))
        #expect(locator.locate(explicitPath: nil) == .found(path: "/env.model", source: .environment))
    }

    @Test func aGivenPathThatIsMissingIsNotReplaced() {
        let locator = Self.locator(["BRANDC_TOKENIZER": "/env.model"], existing: ["/env.model"])
        #expect(locator.locate(explicitPath: "/typo.model") == .missing(path: "/typo.model", source: .commandLine))
        let noEnvFile = Self.locator(["BRANDC_TOKENIZER": "/gone.model", "HOME": "/h"], existing: [])
        #expect(noEnvFile.locate(explicitPath: nil) == .missing(path: "/gone.model", source: .environment))
    }

    @Test func cacheFollowsXDGThenHome() {
        let xdg = Self.locator(["XDG_CACHE_HOME": "/xdg", "HOME": "/home/u"], existing: [])
        #expect(xdg.userCachePath == "/xdg/brandc/tokenizers/gemini-gemma3-262k.spm.model")
        let relativeXDG = Self.locator(["XDG_CACHE_HOME": "cache", "HOME": "/home/u"], existing: [])
        #expect(relativeXDG.userCachePath == "/home/u/.cache/brandc/tokenizers/gemini-gemma3-262k.spm.model")
        #expect(Self.locator([:], existing: []).userCachePath == nil)
        let cached = "/home/u/.cache/brandc/tokenizers/gemini-gemma3-262k.spm.model"
        #expect(Self.locator(["HOME": "/home/u"], existing: [cached]).locate(explicitPath: nil)
            == .found(path: cached, source: .userCache))
        #expect(Self.locator(["HOME": "/home/u"], existing: []).locate(explicitPath: nil) == .notFound(searched: [cached]))
    }

    @Test func fallsBackToTheEstimatorWithANote() {
        var sink = DiagnosticSink()
        let counter = Self.locator(["HOME": "/home/u"], existing: []).geminiCounter(explicitPath: nil, sink: &sink)
        #expect(counter.method == .estimate)
        #expect(sink.diagnostics.map(\.code) == [.tokenizerNotFound])
        #expect(!sink.hasErrors)
    }

    @Test func aMissingGivenFileIsAnError() {
        var sink = DiagnosticSink()
        let counter = Self.locator([:], existing: []).geminiCounter(explicitPath: "/typo.model", sink: &sink)
        #expect(counter.method == .estimate)
        #expect(sink.diagnostics.map(\.code) == [.tokenizerUnreadable])
        #expect(sink.hasErrors)
    }

    @Test(.enabled(if: TokenizerFixture.isAvailable, TokenizerFixture.missingReason))
    func loadsTheExactEncoderWhenFound() throws {
        let path = try #require(TokenizerFixture.modelPath)
        var sink = DiagnosticSink()
        let counter = VocabularyLocator(.gemini, environment: [:]).geminiCounter(explicitPath: path, sink: &sink)
        #expect(counter.method == .exactSentencePiece)
        #expect(counter.count("Hello world") == 2)
        #expect(sink.diagnostics.isEmpty)
    }
}
