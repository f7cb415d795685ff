import Foundation
import Testing

/// `--help` documents every option, and usage errors exit 2 with a message on standard error.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct HelpAndUsageTests {
    @Test func rootHelpListsTheSubcommands() async throws {
        let result = try await BrandcProcess.run(["--help"])
        #expect(result.status == 0)
        for word in ["lint", "compile", "inspect", "explain", "Exit status"] {
            #expect(result.stdout.contains(word), "brandc --help lacks '\(word)'")
        }
    }

    @Test(arguments: [
        ("lint", ["--brand", "--format", "--strict", "--config", "--max-depth"]),
        ("compile", ["--brand", "--template", "--product", "--locale", "--out", "--format", "--config"]),
        ("inspect", ["--json", "--marks", "--config", "--max-alias-expansion"]),
        ("explain", ["<code>"]),
    ])
    func subcommandHelpNamesItsOptions(_ subcommand: String, _ options: [String]) async throws {
        let result = try await BrandcProcess.run([subcommand, "--help"])
        #expect(result.status == 0)
        for option in options {
            #expect(result.stdout.contains(option), "brandc \(subcommand) --help lacks \(option)")
        }
    }

    /// `tokens --help` points at the command that installs o200k_base, not at a script of the repository.
    @Test func tokensHelpNamesTheInstallCommand() async throws {
        let result = try await BrandcProcess.run(["tokens", "--help"])
        #expect(result.status == 0)
        let text = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("`brandc tokenizer install o200k` puts it there, with --from PATH"))
        #expect(!text.contains("fetch_vocab"))
    }

    /// An option whose help says its default and also gets the parser's "(default: …)" reads
    /// "(default 4). (default: 4)"; each default is said once.
    @Test(arguments: ["lint", "compile", "build", "check", "budget", "inspect", "models", "route", "tokens", "tokenizer", "explain",
                      "schema", "lsp", "mcp"])
    func eachDefaultIsSaidOnce(_ subcommand: String) async throws {
        let result = try await BrandcProcess.run([subcommand, "--help"])
        #expect(result.status == 0)
        let doubled = try Regex(#"\(default [^()]*\)\.?\s+\(default:"#)
        #expect(result.stdout.firstMatch(of: doubled) == nil, "brandc \(subcommand) --help says a default twice")
    }

    @Test(arguments: [["--bogus"], ["lint", "--bogus", "brands"], ["lint"], ["compile", "--brand", "brands/kumo/brand.yaml"],
                      ["lint", "--format", "xml", "brands"], ["explain", "Z999"]])
    func usageErrorsExitTwo(_ arguments: [String]) async throws {
        let result = try await BrandcProcess.run(arguments)
        #expect(result.status == 2, "brandc \(arguments.joined(separator: " ")) exited \(result.status)")
        #expect(!result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }

    /// `check IMAGE` compares one image with one request: a locale list or `all` is a usage error,
    /// not a check against whichever locale comes first.
    @Test(arguments: ["all", "ja,ko"])
    func checkingOneImageTakesOneLocale(_ locale: String) async throws {
        let result = try await BrandcProcess.run([
            "check", "brands/kumo/assets/logo.png", "--brand", "brands/kumo/brand.yaml", "--template", "templates/campaign-hero.mustache",
            "--product", "products/kumo/sencha-tin.yaml", "--locale", locale,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("one image has one locale"))
        #expect(result.stdout.isEmpty)
    }

    /// A missing input is reported as M006 (an error) and exits 1. The root help promises 2 for an
    /// I/O problem; the mismatch is reported to the lead rather than pinned as intended.
    @Test(arguments: [
        ["lint", "no/such/brand.yaml"],
        ["inspect", "no/such/brand.yaml"],
        ["compile", "--brand", "no/such/brand.yaml", "--template", "templates/campaign-hero.mustache", "--out", "/dev/null/x"],
    ])
    func missingInputFileIsAnIOError(_ arguments: [String]) async throws {
        let result = try await BrandcProcess.run(arguments)
        #expect(result.status == 2, "brandc \(arguments.joined(separator: " ")) exited \(result.status)")
        #expect((result.stdout + result.stderr).contains("error[M006]"))
    }
}
