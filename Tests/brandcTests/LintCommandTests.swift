import Foundation
import Testing

/// `brandc lint`: exit status, formats and colour, on the bundled examples and the broken fixtures.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct LintCommandTests {
    static let broken = "Tests/Fixtures/broken"

    @Test func bundledExamplesAreClean() async throws {
        let result = try await BrandcProcess.run(["lint", "brands", "products", "templates"])
        #expect(result.status == 0, "lint of the examples:\n\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("error["))
    }

    @Test func anErrorExitsOne() async throws {
        let result = try await BrandcProcess.run(["lint", "\(Self.broken)/M004-bad-color"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(Self.broken)/M004-bad-color/brand.yaml:6:21: error[M004]"))
    }

    @Test func strictTurnsWarningsIntoFailure() async throws {
        let folder = "\(Self.broken)/C003-missing-asset"
        let lenient = try await BrandcProcess.run(["lint", folder])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("warning[C003]"))
        let strict = try await BrandcProcess.run(["lint", "--strict", folder])
        #expect(strict.status == 1)
    }

    /// The CLI's JSON is the same document the driver tests keep as the case's golden file.
    @Test func jsonFormatParsesAndMatchesTheGolden() async throws {
        let result = try await BrandcProcess.run(["lint", "--format", "json", "\(Self.broken)/C004-unknown-channel"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["code"] as? String == "C004" })
        let golden = BrandcProcess.packageRoot.appendingPathComponent("Tests/Fixtures/golden/broken/C004-unknown-channel.json")
        #expect(try String(contentsOf: golden, encoding: .utf8) == result.stdout)
    }

    @Test func sarifFormatParses() async throws {
        let result = try await BrandcProcess.run(["lint", "--format", "sarif", "\(Self.broken)/M002-unknown-key"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? String == "2.1.0")
    }

    @Test func githubFormatWritesWorkflowCommands() async throws {
        let result = try await BrandcProcess.run(["lint", "--format", "github", "\(Self.broken)/M002-unknown-key"])
        #expect(result.stdout.hasPrefix("::error file=\(Self.broken)/M002-unknown-key/brand.yaml,line=6,"))
    }

    /// Output to a file is not a terminal, so there is no colour, with or without NO_COLOR.
    @Test(arguments: [[:], ["NO_COLOR": "1"]])
    func noEscapeSequencesWhenNotATerminal(_ environment: [String: String]) async throws {
        let result = try await BrandcProcess.run(["lint", "\(Self.broken)/M010-bad-reference"], environment: environment)
        #expect(result.status == 1)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stderr.contains("\u{1B}"))
    }
}
