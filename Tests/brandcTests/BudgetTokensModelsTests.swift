import BrandTestSupport
import Foundation
import Testing

/// `brandc models`, `tokens` and `budget` as a user runs them.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct BudgetTokensModelsTests {
    static let vocabulary: String? = SharedFolder.geminiVocabulary?.path

    /// Tests must not pick up a vocabulary a developer keeps in their cache.
    static let noCache = ["BRANDC_TOKENIZER": "", "XDG_CACHE_HOME": "/nonexistent-cache"]

    @Test func modelsListsEveryRouteWithItsLimitAndSource() async throws {
        let result = try await BrandcProcess.run(["models"])
        #expect(result.status == 0)
        for route in ["google/nano-banana-2", "google/nano-banana-pro", "wisgate/nano-banana-2", "openai/gpt-image-1.5"] {
            #expect(result.stdout.contains(route))
        }
        #expect(result.stdout.contains("131072 tokens (Google model card"))
        #expect(result.stdout.contains("262,144"))
    }

    /// The key variable and base URL the docs send people to `models` for, and a BATCH column that
    /// agrees with what `build --target gemini-batch` accepts (WisGate documents no Batch API).
    @Test func modelsShowsKeyVariableBaseURLAndTheBatchBuildAccepts() async throws {
        let table = try await BrandcProcess.run(["models"])
        #expect(table.status == 0)
        let wisgate = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("wisgate/nano-banana-2 ") })
        #expect(wisgate.contains("WISDOM_GATE_KEY"), "\(wisgate)")
        #expect(wisgate.contains("https://"))
        let result = try await BrandcProcess.run(["models", "--json"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let routes = try #require(root["routes"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: routes.compactMap { route in (route["route"] as? String).map { ($0, route) } })
        #expect(byName["google/nano-banana-2"]?["keyEnvironmentVariable"] as? String == "GEMINI_API_KEY")
        #expect((byName["google/nano-banana-2"]?["baseURL"] as? String)?.hasPrefix("https://") == true)
        #expect(byName["google/nano-banana-2"]?["batch"] as? Bool == true)
        for name in byName.keys where name.hasPrefix("wisgate/") {
            #expect(byName[name]?["batch"] as? Bool == false, "\(name) is listed as batch but build refuses it")
        }
        let columns = table.stdout.split(separator: "\n").filter { $0.hasPrefix("wisgate/") }
        #expect(!columns.isEmpty && columns.allSatisfy { $0.contains(" no ") })
    }

    @Test(.enabled(if: vocabulary != nil, "needs ../shared/reference/tokenizers (BRANDC_SHARED)"))
    func tokensCountsExactlyWithTheVocabulary() async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sample.txt")
        try Data("What's the longest word in the English language?".utf8).write(to: file)
        let result = try await BrandcProcess.run(["tokens", "--json", "--tokenizer", Self.vocabulary ?? "", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["total"] as? Int == 11)  // Google's published ids for this sentence: 11 tokens
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        #expect(inputs.first?["method"] as? String == "exact:sentencepiece")
    }

    @Test func tokensWithoutAVocabularyEstimatesAndSaysSo() async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sample.txt")
        try Data("Tea, the slow way.".utf8).write(to: file)
        let result = try await BrandcProcess.run(["tokens", file.path], environment: Self.noCache)
        #expect(result.status == 0)
        #expect(result.stdout.contains("estimate"))
        #expect(result.stderr.contains("note[TK005]"))
        #expect(result.stderr.contains("brandc tokenizer install"), "TK005's hint names the install command")
    }

    @Test func budgetAsJSONAndMarkdown() async throws {
        let arguments = [
            "budget", "--brand", "brands/kumo/brand.yaml", "--template", "templates/campaign-hero.mustache",
            "--product", "products/kumo/sencha-tin.yaml", "--locale", "hi",
        ]
        let json = try await BrandcProcess.run(arguments + ["--format", "json"], environment: Self.noCache)
        #expect(json.status == 0, "\(json.stderr)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(reports.first?["route"] as? String == "google/nano-banana-2")
        #expect(reports.first?["fits"] as? Bool == true)
        #expect((reports.first?["sections"] as? [[String: Any]])?.contains { $0["name"] as? String == "prompt" } == true)
        let markdown = try await BrandcProcess.run(arguments + ["--format", "markdown"], environment: Self.noCache)
        #expect(markdown.stdout.hasPrefix("### Token budget: KUMO-SENCHA-100 [hi] on google/nano-banana-2"))
    }

    @Test func aBadMarginIsAUsageError() async throws {
        let result = try await BrandcProcess.run([
            "budget", "--brand", "brands/kumo/brand.yaml", "--template", "templates/campaign-hero.mustache",
            "--margin", "150",
        ])
        #expect(result.status == 2)
    }
}
