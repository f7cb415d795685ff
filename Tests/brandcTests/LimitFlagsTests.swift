import Foundation
import Testing

/// The limit a diagnostic tells the user to raise is a flag that exists and works.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct LimitFlagsTests {
    @Test func theFlagTheDepthMessageNamesRaisesTheLimit() async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("deep.yaml")
        try Data(("a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n").utf8).write(to: file)
        let limited = try await BrandcProcess.run(["inspect", file.path, "--max-depth", "10"])
        #expect(limited.status == 1)
        #expect(limited.stderr.contains("--max-depth N"))
        let raised = try await BrandcProcess.run(["inspect", file.path, "--max-depth", "100"])
        #expect(raised.status == 0, "\(raised.stderr)")
    }

    @Test func theScalarAndFileFlagsExist() async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.yaml")
        try Data(("title: " + String(repeating: "x", count: 200) + "\n").utf8).write(to: file)
        let scalar = try await BrandcProcess.run(["inspect", file.path, "--max-scalar-bytes", "100"])
        #expect(scalar.status == 1)
        #expect(scalar.stderr.contains("--max-scalar-bytes N"))
        let size = try await BrandcProcess.run(["inspect", file.path, "--max-file-bytes", "100"])
        #expect(size.status == 1)
        #expect(size.stderr.contains("--max-file-bytes N"))
    }

    @Test func brandcYamlRaisesLimitsToo() async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("deep.yaml")
        try Data(("a: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n").utf8).write(to: file)
        let config = folder.appendingPathComponent("brandc.yaml")
        try Data("limits:\n  max-depth: 400\n".utf8).write(to: config)
        #expect(try await BrandcProcess.run(["inspect", file.path]).status == 1)
        #expect(try await BrandcProcess.run(["inspect", file.path, "--config", config.path]).status == 0)
    }
}
