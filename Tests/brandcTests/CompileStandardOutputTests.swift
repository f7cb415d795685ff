import Foundation
import Testing

/// `compile --target gemini-batch --out -` streams the Batch JSONL to standard output: the very
/// bytes it would write into a folder, with diagnostics on standard error.
// Needs the built brandc executable (swift build --build-tests builds it).
@Suite(.enabled(if: BrandcProcess.isAvailable, "no built brandc executable; run swift build --build-tests"))
struct CompileStandardOutputTests {
    static let inputs = [
        "compile", "--brand", "brands/northwind/brand.yaml", "--template", "templates/product-on-white.mustache",
        "--feed", "products/feeds/northwind-merchant-center.csv", "--target", "gemini-batch",
    ]

    @Test func streamEqualsTheFileWrittenIntoAFolder() async throws {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let folder = try await BrandcProcess.run(Self.inputs + ["--out", out.path])
        #expect(folder.status == 0, "\(folder.stderr)")
        let file = try #require(folder.stdout.split(separator: "\n").last.map(String.init))
        let stream = try await BrandcProcess.run(Self.inputs + ["--out", "-"])
        #expect(stream.status == 0, "\(stream.stderr)")
        #expect(!stream.stdout.isEmpty)
        #expect(stream.stdout == String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self))
        #expect(stream.stderr.contains("F009"))
    }

    @Test func standardOutputIsRefusedForTargetsThatWriteOneFilePerRequest() async throws {
        let result = try await BrandcProcess.run(Array(Self.inputs.dropLast(2)) + ["--target", "gemini", "--out", "-"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--out -"))
    }
}
