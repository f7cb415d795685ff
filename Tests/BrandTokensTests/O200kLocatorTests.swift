import BrandDiagnostics
import Foundation
import Testing
import BrandTokens

@Suite struct O200kLocatorTests {
    static let cached = "/home/u/.cache/brandc/tokenizers/o200k_base.tiktoken"

    static func locator(_ environment: [String: String], existing: Set<String>) -> VocabularyLocator {
        VocabularyLocator(.o200k, environment: environment, fileExists: { existing.contains($0) })
    }

    @Test func commandLineWinsOverEnvironmentAndCache() {
        let locator = Self.locator(
            ["BRANDC_O200K": "/env.tiktoken", "HOME": "/home/u"], existing: ["/cli.tiktoken", "/env.tiktoken", Self.cached])
        #expect(locator.locate(explicitPath: "/cli.tiktoken") == .found(path: "/cli.tiktoken", source: .commandLine))
        #expect(locator.locate(explicitPath: nil) == .found(path: "/env.tiktoken", source: .environment))
        #expect(Self.locator(["HOME": "/home/u"], existing: [Self.cached]).locate(explicitPath: nil)
            == .found(path: Self.cached, source: .userCache))
    }

    @Test func aGivenPathThatIsMissingIsNotReplaced() {
        let locator = Self.locator(["BRANDC_O200K": "/env.tiktoken", "HOME": "/home/u"], existing: ["/env.tiktoken", Self.cached])
        #expect(locator.locate(explicitPath: "/typo") == .missing(path: "/typo", source: .commandLine))
        let noEnvFile = Self.locator(["BRANDC_O200K": "/gone", "HOME": "/home/u"], existing: [Self.cached])
        #expect(noEnvFile.locate(explicitPath: nil) == .missing(path: "/gone", source: .environment))
    }

    @Test func cacheFollowsXDGThenHome() {
        #expect(Self.locator(["XDG_CACHE_HOME": "/xdg", "HOME": "/home/u"], existing: []).userCachePath
            == "/xdg/brandc/tokenizers/o200k_base.tiktoken")
        #expect(Self.locator(["XDG_CACHE_HOME": "cache", "HOME": "/home/u"], existing: []).userCachePath == Self.cached)
        #expect(Self.locator([:], existing: []).userCachePath == nil)
        #expect(Self.locator([:], existing: []).locate(explicitPath: nil) == .notFound(searched: []))
        #expect(Self.locator(["HOME": "/home/u"], existing: []).locate(explicitPath: nil) == .notFound(searched: [Self.cached]))
    }

    @Test func fallsBackToTheEstimatorWithANote() {
        var sink = DiagnosticSink()
        let counter = Self.locator(["HOME": "/home/u"], existing: []).o200kCounter(explicitPath: nil, sink: &sink)
        #expect(counter.method == .estimate)
        #expect(sink.diagnostics.map(\.code) == [.tokenizerNotFound])
        #expect(sink.diagnostics.first?.message.contains(Self.cached) == true)
        #expect(!sink.hasErrors)
    }

    @Test func aMissingGivenFileIsAnError() {
        var sink = DiagnosticSink()
        let counter = Self.locator([:], existing: []).o200kCounter(explicitPath: "/typo.tiktoken", sink: &sink)
        #expect(counter.method == .estimate)
        #expect(sink.diagnostics.map(\.code) == [.tokenizerUnreadable])
        #expect(sink.hasErrors)
    }

    @Test func anUnusableFileIsAnErrorAtThatFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("o200k-\(UUID().uuidString).tiktoken").path
        try Data("IQ== 0\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var sink = DiagnosticSink()
        let counter = VocabularyLocator(.o200k, environment: ["BRANDC_O200K": path]).o200kCounter(explicitPath: nil, sink: &sink)
        #expect(counter.method == .estimate)
        #expect(sink.diagnostics.map(\.code) == [.tokenizerInvalidVocabulary])
        #expect(sink.diagnostics.first?.location?.file == path)
    }

    @Test(.enabled(if: O200kFixture.isAvailable, O200kFixture.missingReason))
    func theCachedOrConfiguredFileGivesTheExactCounter() throws {
        var sink = DiagnosticSink()
        let counter = VocabularyLocator(.o200k).o200kCounter(explicitPath: O200kFixture.vocabularyPath, sink: &sink)
        #expect(counter.method == .exactO200k)
        #expect(sink.diagnostics.isEmpty)
    }
}
