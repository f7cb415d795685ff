import BrandTestSupport
import Foundation
import Testing
@testable import BrandNetwork

/// `brandc tokens --exact` asks the provider's countTokens, with the key from the environment.
@Suite(.enabled(if: BrandcExecutable.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct ExactTokensProcessTests {
    @Test func exactCountsComeFromCountTokens() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("copy.txt")
        try Data("Tea, the slow way.".utf8).write(to: file)
        let provider = try await FakeProvider { request, _ in
            guard request.path.hasSuffix(":countTokens") else { return .json("{}", status: 404) }
            return .json(#"{"totalTokens":6}"#)
        }
        defer { Task { await provider.stop() } }
        let result = try await BrandcExecutable.run(
            ["tokens", "--exact", "--json", "--base-url", provider.baseURL, file.path],
            environment: ["GEMINI_API_KEY": Fixtures.key], logs: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["total"] as? Int == 6)
        #expect((object["inputs"] as? [[String: Any]])?.first?["method"] as? String == "api:countTokens")
        #expect(provider.requests.first?.path == "/v1beta/models/gemini-3.1-flash-image:countTokens")
        #expect(!(result.stdout + result.stderr).contains(Fixtures.key))
    }

    @Test func aMissingKeyIsAClearErrorWithoutARequest() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("copy.txt")
        try Data("Tea.".utf8).write(to: file)
        let provider = try await FakeProvider { _, _ in .json(#"{"totalTokens":1}"#) }
        defer { Task { await provider.stop() } }
        let result = try await BrandcExecutable.run(
            ["tokens", "--exact", "--base-url", provider.baseURL, file.path], environment: ["GEMINI_API_KEY": ""],
            logs: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[TK007]"))
        #expect(provider.requests.isEmpty)
    }
}
