import Foundation
import Testing

/// `brandc.yaml`: rule levels, the registry and the budget warning, as a project sets them.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct ConfigFileTests {
    static let fixture = "Tests/Fixtures/broken/C003-missing-asset"

    func config(_ text: String) throws -> (folder: URL, path: String) {
        let folder = try BrandcProcess.scratchFolder()
        let file = folder.appendingPathComponent("brandc.yaml")
        try Data(text.utf8).write(to: file)
        return (folder, file.path)
    }

    @Test func ruleLevelsByCodeOrNameAndOff() async throws {
        let byDefault = try await BrandcProcess.run(["lint", Self.fixture])
        #expect(byDefault.status == 0)
        #expect(byDefault.stdout.contains("warning[C003]"))

        let (raised, raisedPath) = try config("rules:\n  C003: error\n")
        defer { try? FileManager.default.removeItem(at: raised) }
        let asError = try await BrandcProcess.run(["lint", Self.fixture, "--config", raisedPath])
        #expect(asError.status == 1)
        #expect(asError.stdout.contains("error[C003]"))

        let (off, offPath) = try config("rules:\n  missing-asset: off\n")
        defer { try? FileManager.default.removeItem(at: off) }
        let silenced = try await BrandcProcess.run(["lint", Self.fixture, "--config", offPath])
        #expect(silenced.status == 0)
        #expect(!silenced.stdout.contains("C003"))
    }

    @Test func anUnknownRuleIsReportedWithASuggestion() async throws {
        let (folder, path) = try config("rules:\n  misssing-asset: off\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await BrandcProcess.run(["lint", Self.fixture, "--config", path])
        #expect(result.stdout.contains("error[M002]: no rule named 'misssing-asset'"))
        #expect(result.stdout.contains("did you mean 'missing-asset'?"))
    }

    @Test func aRegistryNamedInTheConfigIsLaidOverTheBuiltIn() async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("models.yaml")
        try Data("""
            routes:
              local/nano-banana-2:
                model: gemini-3.1-flash-image
                endpoint: gemini
                base-url: http://127.0.0.1:8080
                auth: {header: x-goog-api-key, key-env: LOCAL_KEY}
                input-token-limit: 4096
                limit-source: a local test server
            """.utf8).write(to: registry)
        let config = folder.appendingPathComponent("brandc.yaml")
        try Data("registry: \(registry.path)\n".utf8).write(to: config)
        let result = try await BrandcProcess.run(["models", "--config", config.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("local/nano-banana-2"))
        #expect(result.stdout.contains("google/nano-banana-2"))
    }

    @Test func theGuideShareWarningIsConfigurable() async throws {
        let (folder, path) = try config("budget:\n  guide-share-warning: 0.1\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await BrandcProcess.run(["lint", "brands/kumo/brand.yaml", "--config", path])
        #expect(result.stdout.contains("warning[K003]"))
        await #expect(!(try await BrandcProcess.run(["lint", "brands/kumo/brand.yaml"]).stdout.contains("K003")))
    }
}
