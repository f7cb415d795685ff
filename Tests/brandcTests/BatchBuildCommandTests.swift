import Foundation
import Testing

/// `brandc build --target gemini-batch` paths that need no provider: the plan at the batch price,
/// routes without a Batch API refused by name, and option checks.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct BatchBuildCommandTests {
    let inputs = [
        "build", "--brand", "brands/northwind/brand.yaml", "--template", "templates/product-on-white.mustache",
        "--product", "products/northwind/merino-beanie.yaml", "--product", "products/northwind/trail-jacket.yaml", "--locale", "en",
    ]

    /// The one-by-one plan of the same two 2K images is $0.2016 (BuildCommandTests); the registry's
    /// `batch-discount: 0.5` halves it.
    @Test func theDryRunPlanIsPricedAtTheBatchRate() async throws {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let oneByOne = try await BrandcProcess.run(inputs + ["--out", out.path, "--dry-run"])
        let batch = try await BrandcProcess.run(inputs + ["--out", out.path, "--dry-run", "--target", "gemini-batch"])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stdout.contains("plan: 2 to send"))
        #expect(oneByOne.stdout.contains("estimated cost: $0.2016"))
        #expect(batch.stdout.contains("estimated cost: $0.1008"))
        #expect(batch.stderr.contains("batch: Gemini Batch API"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "a dry run writes nothing")
    }

    @Test func aRouteWithoutABatchAPIIsRefusedByName() async throws {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try await BrandcProcess.run(inputs + ["--out", out.path, "--target", "gemini-batch", "--route", "wisgate/nano-banana-2"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("route 'wisgate/nano-banana-2' has no documented Batch API"), "\(result.stderr)")
        #expect(result.stdout.contains("plan: 0 to send"))
    }

    @Test func batchOptionsAreChecked() async throws {
        #expect(try await BrandcProcess.run(inputs + ["--target", "openai-chat"]).status == 2)
        #expect(try await BrandcProcess.run(inputs + ["--target", "gemini-batch", "--poll-interval", "0"]).status == 2)
        #expect(try await BrandcProcess.run(inputs + ["--target", "gemini-batch", "--max-wait", "-1"]).status == 2)
        #expect(try await BrandcProcess.run(inputs + ["--cancel"]).status == 2, "--cancel needs --target gemini-batch")
    }
}
