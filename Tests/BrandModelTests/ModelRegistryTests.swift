import Foundation
import Testing
import BrandDiagnostics
import BrandModel
import BrandYAML

@Suite struct ModelRegistryTests {
    func decode(_ text: String) -> (ModelRegistry, [Diagnostic]) {
        var sink = DiagnosticSink()
        guard let document = YAMLLoader().loadSingle(SourceFile(path: "r.yaml", text: text), diagnostics: &sink) else {
            return (ModelRegistry(), sink.diagnostics)
        }
        return (ModelRegistry.decode(document, diagnostics: &sink), sink.sorted)
    }

    @Test func theEmbeddedRegistryIsTheCommittedYAML() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let yaml = try String(contentsOf: root.appendingPathComponent("registry/models.yaml"), encoding: .utf8)
        let (fromFile, problems) = decode(yaml)
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        #expect(fromFile.routes.map(\.name) == ModelRegistry.builtIn.routes.map(\.name),
                "run python3 scripts/embed_registry.py")
        #expect(fromFile.models == ModelRegistry.builtIn.models)
        #expect(fromFile.routes == ModelRegistry.builtIn.routes)
    }

    @Test func builtInFactsFromTheReference() throws {
        let registry = ModelRegistry.builtIn
        let nb2 = try #require(registry.model(named: "gemini-3.1-flash-image-preview"))
        #expect(nb2.id == "gemini-3.1-flash-image")
        #expect(nb2.aspectRatios.contains("1:8") && nb2.aspectRatios.contains("8:1"))
        #expect(nb2.outputTokens(forSize: "0.5K") == 747)
        #expect(registry.route(named: "google/nano-banana-2")?.inputTokenLimit == 131_072)
        #expect(registry.route(named: "wisgate/nano-banana-2")?.inputTokenLimit == 262_144)
        #expect(registry.defaultRoute(for: nb2)?.name == "google/nano-banana-2")
        let price = registry.route(named: "google/nano-banana-2")?.prices.imagePrice(size: "1K", outputTokens: 1120)
        #expect(abs((price ?? 0) - 0.0672) < 0.0001)
        let batch = registry.route(named: "google/nano-banana-2")?.prices
            .imagePrice(size: "1K", outputTokens: 1120, batch: true)
        #expect(abs((batch ?? 0) - 0.0336) < 0.0001)
    }

    @Test func badEntriesAreDiagnosticsAtTheirLines() {
        let (registry, problems) = decode("""
            registry: 1
            models:
              m1:
                display-name: M
                family: gemni
                image-sizes: {1K: lots}
            routes:
              r1:
                model: m1
                endpoint: grpc
                base-url: https://x
                auth: {header: x-goog-api-key, key-env: K}
                input-token-limit: 1000
                limit-source: test
              r2: {model: m1}
            """)
        #expect(problems.map { "\($0.code.id)@\($0.location?.start?.line ?? 0)" } == [
            "M008@5", "M001@6", "M008@10", "M003@15", "M003@15", "M003@15", "M003@15", "M003@15",
        ])
        #expect(registry.routes.isEmpty)
    }

    @Test func aUserRegistryReplacesAndAddsByName() {
        let (user, problems) = decode("""
            routes:
              google/nano-banana-2:
                model: gemini-3.1-flash-image
                endpoint: gemini
                base-url: http://127.0.0.1:9999
                auth: {header: x-goog-api-key, key-env: TEST_KEY}
                input-token-limit: 5000
                limit-source: a test
              local/echo:
                model: nano-banana-2
                endpoint: gemini
                base-url: http://127.0.0.1:9998
                auth: {header: x-goog-api-key, key-env: TEST_KEY}
                input-token-limit: 100
                limit-source: a test
            """)
        #expect(problems.isEmpty)
        let merged = ModelRegistry.builtIn.overlaid(by: user)
        #expect(merged.route(named: "google/nano-banana-2")?.inputTokenLimit == 5000)
        #expect(merged.routes.count == ModelRegistry.builtIn.routes.count + 1)
        #expect(merged.routes.first?.name == "google/nano-banana-2")
    }
}
