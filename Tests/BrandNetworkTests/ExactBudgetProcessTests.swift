import BrandTestSupport
import Foundation
import Testing
@testable import BrandNetwork

/// `brandc budget --exact` sends each whole request to the route's countTokens and reports the
/// provider's count beside brandc's; a count over the window is an overflow.
@Suite(.enabled(if: BrandcExecutable.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct ExactBudgetProcessTests {
    static let arguments = ["budget", "--exact", "--format", "json", "--brand", "brands/northwind/brand.yaml",
                            "--template", "templates/product-on-white.mustache", "--product", "products/northwind/merino-beanie.yaml"]

    static func run(totalTokens: Int, folder: ScratchFolder) async throws -> (BrandcExecutable.Result, [FakeProvider.Received]) {
        let provider = try await FakeProvider { request, _ in
            guard request.path.hasSuffix(":countTokens") else { return .json("{}", status: 404) }
            return .json(#"{"totalTokens":\#(totalTokens)}"#)
        }
        defer { Task { await provider.stop() } }
        let result = try await BrandcExecutable.run(
            arguments + ["--base-url", provider.baseURL], environment: ["GEMINI_API_KEY": Fixtures.key], logs: folder.url)
        return (result, provider.requests)
    }

    @Test func theWholeRequestIsCountedByTheProvider() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let (result, requests) = try await Self.run(totalTokens: 4321, folder: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(reports.count == 1)
        #expect(reports.first?["providerTokens"] as? Int == 4321)
        let request = try #require(requests.first)
        #expect(request.path == "/v1beta/models/gemini-3.1-flash-image:countTokens")
        // The whole request: system instruction, the prompt and the reference images, inside generateContentRequest.
        let body = try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
        let wrapped = try #require(body["generateContentRequest"] as? [String: Any])
        #expect(wrapped["systemInstruction"] != nil)
        let parts = try #require(((wrapped["contents"] as? [[String: Any]])?.first?["parts"]) as? [[String: Any]])
        #expect(parts.contains { $0["inlineData"] != nil })
        #expect(!(result.stdout + result.stderr).contains(Fixtures.key))
    }

    @Test func aProviderCountOverTheWindowIsAnOverflow() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let (result, _) = try await Self.run(totalTokens: 5_000_000, folder: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[K001]"))
        #expect(result.stderr.contains("countTokens counts 5000000 input tokens"))
    }
}
