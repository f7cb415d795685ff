import Foundation
import Testing

/// `brandc compile --target/--emit` and `brandc route` as a user runs them.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct TargetsAndRouteTests {
    static let inputs = [
        "--brand", "brands/kumo/brand.yaml", "--template", "templates/studio-shot.mustache",
        "--product", "products/kumo/sencha-tin.yaml", "--locale", "en",
    ]

    @Test func curlScriptsNeverContainTheKey() async throws {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let secret = "sk-test-DO-NOT-PRINT-4f9a"
        let result = try await BrandcProcess.run(
            ["compile"] + Self.inputs + ["--route", "openai/gpt-image-1.5", "--emit", "curl", "--out", out.path],
            environment: ["OPENAI_API_KEY": secret])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["KUMO-SENCHA-100.studio-shot.en.openai-images.json", "KUMO-SENCHA-100.studio-shot.en.openai-images.sh"])
        for file in files {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains(secret))
        }
        #expect(!(result.stdout + result.stderr).contains(secret))
        let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(files[1]).path)
        #expect(((attributes[.posixPermissions] as? Int) ?? 0) & 0o100 != 0)
    }

    @Test func aTargetNoRouteOfTheModelSpeaksIsAnError() async throws {
        let result = try await BrandcProcess.run(
            ["compile", "--brand", "brands/kumo/brand.yaml", "--template", "templates/product-on-white.mustache",
             "--target", "openai-images", "--out", "/nonexistent-never-written"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("routes over openai-images: openai/gpt-image-1.5"))
    }

    @Test func batchTargetWritesJSONL() async throws {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try await BrandcProcess.run(["compile"] + Self.inputs + ["--target", "gemini-batch", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("studio-shot.en.batch.jsonl\n"))
    }

    @Test func lintFindsWhatATemplateAsksOfARouteThatCannot() async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("hero.mustache")
        try Data("""
            ---
            name: hero
            target: gemini-3-pro-image
            thinking: high
            grounding: {image-search: true}
            response: [image, audio]
            ---
            A hero for {{brand.name}}.
            """.utf8).write(to: template)
        let result = try await BrandcProcess.run(["lint", template.path])
        #expect(result.status == 1)
        for expected in ["hero.mustache:4:11: error[L006]", "hero.mustache:5:27: error[L005]", "hero.mustache:6:19: error[L001]"] {
            #expect(result.stdout.contains(expected), "\(expected) in \(result.stdout)")
        }
    }

    @Test func routeExplainsWorkloadsAndTemplates() async throws {
        let audio = try await BrandcProcess.run(["route", "--workload", "audio"])
        #expect(audio.status == 0)
        #expect(audio.stdout.hasPrefix("audio: no image route"))
        let template = try await BrandcProcess.run(["route", "--template", "templates/campaign-hero.mustache"])
        #expect(template.stdout.contains("google/nano-banana-2"))
        #expect(template.stdout.contains("because the template targets gemini-3.1-flash-image"))
        await #expect(try await BrandcProcess.run(["route", "--workload", "podcast"]).status == 1)
    }
}
