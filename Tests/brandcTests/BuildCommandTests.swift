import Foundation
import Testing

/// `brandc build` paths that need no provider: the dry-run plan, refusals before anything is sent.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct BuildCommandTests {
    let inputs = [
        "build", "--brand", "brands/northwind/brand.yaml", "--template", "templates/product-on-white.mustache",
        "--product", "products/northwind/merino-beanie.yaml", "--product", "products/northwind/trail-jacket.yaml", "--locale", "en",
    ]

    /// Two 2K images at $60 per million image tokens (1680 each): $0.2016, and nothing written.
    @Test func dryRunPrintsThePlanAndSendsNothing() async throws {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try await BrandcProcess.run(inputs + ["--out", out.path, "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("plan: 2 to send, 0 unchanged (skipped)"))
        #expect(result.stdout.contains("estimated cost: $0.2016"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func plainHTTPToARemoteHostIsRefusedBeforeSending() async throws {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try await BrandcProcess.run(
            inputs + ["--out", out.path, "--base-url", "http://gateway.invalid", "--key-env", "BRANDC_BUILD_TEST_KEY"],
            environment: ["BRANDC_BUILD_TEST_KEY": "k-123456"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("refusing plain HTTP to 'gateway.invalid'"))
        #expect(result.stdout.isEmpty, "the configuration is checked before the plan: \(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("journal.jsonl").path))
    }

    /// Found before the plan: nothing is journaled, so the rerun with the key set starts clean.
    @Test func aMissingKeyIsAConfigurationErrorBeforeThePlan() async throws {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try await BrandcProcess.run(inputs + ["--out", out.path, "--key-env", "BRANDC_BUILD_TEST_UNSET_KEY"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot send as configured (nothing sent): the API key variable BRANDC_BUILD_TEST_UNSET_KEY is not set"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("journal.jsonl").path))
        let schemeless = try await BrandcProcess.run(
            inputs + ["--out", out.path, "--base-url", "gateway.example", "--key-env", "BRANDC_BUILD_TEST_KEY"],
            environment: ["BRANDC_BUILD_TEST_KEY": "k-123456"])
        #expect(schemeless.status == 2)
        #expect(schemeless.stderr.contains("cannot send as configured"), "\(schemeless.stderr)")
    }

    /// A mistyped `--only` says that nothing matched (exit 1) instead of "0 done".
    @Test func onlyMatchingNothingSaysSo() async throws {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let none = try await BrandcProcess.run(inputs + ["--out", out.path, "--dry-run", "--only", "NW-BEANIE-CHR"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("error: --only 'NW-BEANIE-CHR' matches no product id or output name: nothing sent"), "\(none.stderr)")
        #expect(none.stdout.contains("plan: 0 to send"))
        let some = try await BrandcProcess.run(inputs + ["--out", out.path, "--dry-run", "--only", "NW-BEANIE-CHAR", "--only", "nope"])
        #expect(some.status == 0, "\(some.stderr)")
        #expect(some.stdout.contains("plan: 1 to send"))
        #expect(some.stdout.contains("--only 'nope' matches no product id or output name"))
    }

    @Test func badOptionsAreUsageErrors() async throws {
        #expect(try await BrandcProcess.run(inputs + ["--concurrency", "0"]).status == 2)
        #expect(try await BrandcProcess.run(["tokenizer", "install", "llama"]).status == 2)
    }
}
