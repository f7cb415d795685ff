import BrandTestSupport
import Foundation
import Testing

/// `brandc tokenizer install NAME --from PATH`, the offline machine's way: the copy is checked like
/// a download, and a wrong or unreadable file installs nothing.
@Suite(.enabled(if: BrandcExecutable.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct TokenizerInstallProcessTests {
    @Test func aWrongCopyInstallsNothingAndExitsOne() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let copy = folder.url.appendingPathComponent("o200k_base.tiktoken")
        try Data("not the rank file\n".utf8).write(to: copy)
        let cache = folder.url.appendingPathComponent("cache")
        let result = try await BrandcExecutable.run(["tokenizer", "install", "o200k", "--from", copy.path],
                                                    environment: ["XDG_CACHE_HOME": cache.path], logs: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("SHA-256 mismatch"), "\(result.stderr)")
        let installed = (try? FileManager.default.subpathsOfDirectory(atPath: cache.path)) ?? []
        #expect(!installed.contains { $0.hasSuffix(".tiktoken") || $0.contains("partial") }, "\(installed)")
    }

    @Test func anUnreadableCopyExitsTwo() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let result = try await BrandcExecutable.run(["tokenizer", "install", "gemini", "--from", folder.url.appendingPathComponent("absent.model").path],
                                                    environment: ["XDG_CACHE_HOME": folder.url.path], logs: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read"), "\(result.stderr)")
    }

    @Test func aGoodCopyIsInstalledWhereCountsFindIt() async throws {
        let original = try #require(DocsWorkspace.installedO200k, "needs o200k_base.tiktoken in the user cache (scripts/setup.sh installs it)")
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let result = try await BrandcExecutable.run(["tokenizer", "install", "o200k", "--from", original],
                                                    environment: ["XDG_CACHE_HOME": folder.url.path], logs: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let installed = folder.url.appendingPathComponent("brandc/tokenizers/o200k_base.tiktoken")
        #expect(FileManager.default.contentsEqual(atPath: installed.path, andPath: original))
        let text = folder.url.appendingPathComponent("copy.txt")
        try Data("Slow tea, brewed for two.\n".utf8).write(to: text)
        let counted = try await BrandcExecutable.run(["tokens", text.path, "--route", "openai/gpt-image-1.5"],
                                                     environment: ["XDG_CACHE_HOME": folder.url.path], logs: folder.url)
        #expect(counted.status == 0, "\(counted.stderr)")
        #expect(counted.stdout.contains("exact:o200k"), "\(counted.stdout)")
    }

    @Test func twoSourcesAreRefused() async throws {
        let result = try await BrandcExecutable.run(["tokenizer", "install", "gemini", "--from", "a", "--url", "https://example.com/b"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("give one"), "\(result.stderr)")
    }
}
