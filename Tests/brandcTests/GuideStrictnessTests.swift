import Foundation
import Testing

/// What a guide must get right to lint clean: known keys, required keys, the types its lists
/// take, a size that fits a window, and a `--config` that exists (issue 14).
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct GuideStrictnessTests {
    /// A scratch folder holding `files` (name to text); removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try BrandcProcess.scratchFolder()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func unknownKeysAreErrorsUnlessTheProjectLowersThem() async throws {
        let folder = try Self.folder([
            "brand.yaml": "brandc: 1\nidentity: {name: Kumo}\ncolours: {blue: \"#0000FF\"}\n",
            "brandc.yaml": "rules:\n  unknown-key: warning\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let brand = folder.appendingPathComponent("brand.yaml").path
        let strict = try await BrandcProcess.run(["lint", brand])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error[M002]: unknown key 'colours' in a brand guide"))
        #expect(strict.stdout.contains("did you mean 'colors'?"))
        let lowered = try await BrandcProcess.run(
            ["lint", brand, "--config", folder.appendingPathComponent("brandc.yaml").path])
        #expect(lowered.status == 0, "\(lowered.stdout)")
        #expect(lowered.stdout.contains("warning[M002]"))
    }

    @Test func aGuideWithoutANameIsAnError() async throws {
        let folder = try Self.folder(["brand.yaml": "brandc: 1\nvoice: {tone: [calm]}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await BrandcProcess.run(["lint", folder.appendingPathComponent("brand.yaml").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("brand.yaml:1:1: error[M003]: the brand guide has no 'identity.name'"))
    }

    /// A sub-brand inherits its parent's name: no M003 for it.
    @Test func anInheritedNameIsEnough() async throws {
        let result = try await BrandcProcess.run(["lint", "brands/kumo-sparkling"])
        #expect(!result.stdout.contains("M003"), "\(result.stdout)")
    }

    @Test(arguments: [("do: 42", "an integer", "[42]"), ("banned-terms: whitening", "a string", "[whitening]")])
    func aLoneScalarWhereAListBelongsIsAWrongType(line: String, kind: String, fix: String) async throws {
        let folder = try Self.folder(["brand.yaml": "brandc: 1\nidentity: {name: Kumo}\nvoice:\n  \(line)\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await BrandcProcess.run(["lint", folder.appendingPathComponent("brand.yaml").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("brand.yaml:4:"))
        #expect(result.stdout.contains("error[M001]: expected a list of text for 'voice."))
        #expect(result.stdout.contains("found \(kind)"))
        #expect(result.stdout.contains("write it as a list: \(fix)"))
    }

    /// A guide larger than the whole window of the route its template compiles for fails lint.
    @Test func aGuideOverTheWholeWindowIsAnError() async throws {
        let fixture = BrandcProcess.packageRoot.appendingPathComponent("Tests/Fixtures/broken/K003-guide-too-large")
        let registry = try String(contentsOf: fixture.appendingPathComponent("registry.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "input-token-limit: 200", with: "input-token-limit: 60")
        let folder = try Self.folder([
            "brand.yaml": try String(contentsOf: fixture.appendingPathComponent("brand.yaml"), encoding: .utf8),
            "hero.mustache": try String(contentsOf: fixture.appendingPathComponent("hero.mustache"), encoding: .utf8),
            "registry.yaml": registry,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await BrandcProcess.run(
            ["lint", "--registry", folder.appendingPathComponent("registry.yaml").path,
             folder.appendingPathComponent("brand.yaml").path, folder.appendingPathComponent("hero.mustache").path])
        #expect(result.status == 1, "\(result.stdout + result.stderr)")
        #expect(result.stdout.contains("error[K003]"))
        #expect(result.stdout.contains("more than tiny/nano-banana-2's whole 60-token window"))
    }

    /// A `--config` that names nothing readable is an unreadable input (exit 2), never the defaults.
    @Test(arguments: ["nope.yaml", "templates"])
    func anExplicitConfigThatCannotBeReadExitsTwo(_ path: String) async throws {
        let result = try await BrandcProcess.run(["lint", "--config", path, "brands"])
        #expect(result.status == 2, "\(result.stdout + result.stderr)")
        #expect(result.stderr.contains(path))
        #expect(result.stdout.isEmpty)
    }
}

/// `{{locale.script}}`, `{{locale.direction}}` and `{{locale.font}}` render the values the request's
/// text blocks use (resolved from the tag and the guide's typography), not only what was declared.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct LocaleValuesTests {
    @Test(arguments: [("hi-IN", "Deva", "ltr", "नमस्ते"), ("ar", "Arab", "rtl", "مرحبا"), ("ko", "Kore", "ltr", "안녕하세요")])
    func templatesSeeTheResolvedLocale(tag: String, script: String, direction: String, headline: String) async throws {
        let folder = try GuideStrictnessTests.folder([
            "brand.yaml": """
                brandc: 1
                identity: {name: Kumo}
                locales:
                  \(tag):
                    copy: {headline: "\(headline)"}
                """,
            "t.mustache": """
                ---
                name: t
                target: gemini-3.1-flash-image
                text-blocks:
                  - role: headline
                ---
                SCRIPT={{locale.script}} DIRECTION={{locale.direction}}
                {{#text_blocks}}{{{block}}}{{/text_blocks}}
                """,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try await BrandcProcess.run([
            "compile", "--brand", folder.appendingPathComponent("brand.yaml").path,
            "--template", folder.appendingPathComponent("t.mustache").path, "--locale", tag, "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".json") })
        let body = String(decoding: try Data(contentsOf: out.appendingPathComponent(file)), as: UTF8.self)
        #expect(body.contains("SCRIPT=\(script) DIRECTION=\(direction)"), "\(body)")
    }

    /// A locale the guide lacks is one error with the nearest locale as its fix, not also a false
    /// "the brand guide has no locales" (`hi-IN` asked, the guide has `hi`).
    @Test func anUnknownLocaleSuggestsTheNearestAndNothingFalse() async throws {
        let result = try await BrandcProcess.run([
            "compile", "--brand", "brands/kumo/brand.yaml", "--template", "templates/campaign-hero.mustache",
            "--product", "products/kumo/sencha-tin.yaml", "--locale", "hi-IN", "--out", "/tmp/brandc-never-written-locale",
        ])
        #expect(result.status == 1)
        let printed = result.stdout + result.stderr
        #expect(printed.contains("error[A002]: locale 'hi-IN' is not in the brand guide"), "\(printed)")
        #expect(printed.contains("use --locale hi"), "\(printed)")
        #expect(!printed.contains("has no locales"), "\(printed)")
    }
}
