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

    @Test func unknownKeysAreErrorsUnlessTheProjectLowersThem() throws {
        let folder = try Self.folder([
            "brand.yaml": "brandc: 1\nidentity: {name: Kumo}\ncolours: {blue: \"#0000FF\"}\n",
            "brandc.yaml": "rules:\n  unknown-key: warning\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let brand = folder.appendingPathComponent("brand.yaml").path
        let strict = try BrandcProcess.run(["lint", brand])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error[M002]: unknown key 'colours' in a brand guide"))
        #expect(strict.stdout.contains("did you mean 'colors'?"))
        let lowered = try BrandcProcess.run(
            ["lint", brand, "--config", folder.appendingPathComponent("brandc.yaml").path])
        #expect(lowered.status == 0, "\(lowered.stdout)")
        #expect(lowered.stdout.contains("warning[M002]"))
    }

    @Test func aGuideWithoutANameIsAnError() throws {
        let folder = try Self.folder(["brand.yaml": "brandc: 1\nvoice: {tone: [calm]}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BrandcProcess.run(["lint", folder.appendingPathComponent("brand.yaml").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("brand.yaml:1:1: error[M003]: the brand guide has no 'identity.name'"))
    }

    /// A sub-brand inherits its parent's name: no M003 for it.
    @Test func anInheritedNameIsEnough() throws {
        let result = try BrandcProcess.run(["lint", "brands/kumo-sparkling"])
        #expect(!result.stdout.contains("M003"), "\(result.stdout)")
    }

    @Test(arguments: [("do: 42", "an integer", "[42]"), ("banned-terms: whitening", "a string", "[whitening]")])
    func aLoneScalarWhereAListBelongsIsAWrongType(line: String, kind: String, fix: String) throws {
        let folder = try Self.folder(["brand.yaml": "brandc: 1\nidentity: {name: Kumo}\nvoice:\n  \(line)\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BrandcProcess.run(["lint", folder.appendingPathComponent("brand.yaml").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("brand.yaml:4:"))
        #expect(result.stdout.contains("error[M001]: expected a list of text for 'voice."))
        #expect(result.stdout.contains("found \(kind)"))
        #expect(result.stdout.contains("write it as a list: \(fix)"))
    }

    /// A guide larger than the whole window of the route its template compiles for fails lint.
    @Test func aGuideOverTheWholeWindowIsAnError() throws {
        let fixture = BrandcProcess.packageRoot.appendingPathComponent("Tests/Fixtures/broken/K003-guide-too-large")
        let registry = try String(contentsOf: fixture.appendingPathComponent("registry.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "input-token-limit: 200", with: "input-token-limit: 60")
        let folder = try Self.folder([
            "brand.yaml": try String(contentsOf: fixture.appendingPathComponent("brand.yaml"), encoding: .utf8),
            "hero.mustache": try String(contentsOf: fixture.appendingPathComponent("hero.mustache"), encoding: .utf8),
            "registry.yaml": registry,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BrandcProcess.run(
            ["lint", "--registry", folder.appendingPathComponent("registry.yaml").path,
             folder.appendingPathComponent("brand.yaml").path, folder.appendingPathComponent("hero.mustache").path])
        #expect(result.status == 1, "\(result.stdout + result.stderr)")
        #expect(result.stdout.contains("error[K003]"))
        #expect(result.stdout.contains("more than tiny/nano-banana-2's whole 60-token window"))
    }

    /// A `--config` that names nothing readable is an unreadable input (exit 2), never the defaults.
    @Test(arguments: ["nope.yaml", "templates"])
    func anExplicitConfigThatCannotBeReadExitsTwo(_ path: String) throws {
        let result = try BrandcProcess.run(["lint", "--config", path, "brands"])
        #expect(result.status == 2, "\(result.stdout + result.stderr)")
        #expect(result.stderr.contains(path))
        #expect(result.stdout.isEmpty)
    }
}
