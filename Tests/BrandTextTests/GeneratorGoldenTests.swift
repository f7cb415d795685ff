import Foundation
import Testing

/// The committed generated tables are exactly what `scripts/unicode/generate_tables.py` writes
/// from the installed UCD: regenerating into a temporary directory must give the same bytes.
/// Needs python3 and the UCD; skipped, with the reason in the name, where either is missing.
@Suite("Generated tables are current (needs python3 and the UCD)", .enabled(if: GeneratorFiles.canRun))
struct GeneratorGoldenTests {
    @Test func regeneratingGivesTheCommittedFilesByteForByte() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("brandtext-tables-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(GeneratorFiles.python))
        process.arguments = [GeneratorFiles.generator.path, "--ucd", UCDFiles.directory, "--out", output.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let names = try FileManager.default.contentsOfDirectory(atPath: GeneratorFiles.committed.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == names)
        for name in names {
            let fresh = try Data(contentsOf: output.appendingPathComponent(name))
            let committed = try Data(contentsOf: GeneratorFiles.committed.appendingPathComponent(name))
            #expect(fresh == committed, "\(name) differs: run the command in its header")
        }
    }
}

/// Where the generator and its committed output are, found from this file's path.
enum GeneratorFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let generator = packageRoot.appendingPathComponent("scripts/unicode/generate_tables.py")
    static let committed = packageRoot.appendingPathComponent("Sources/BrandText/Generated")
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static var canRun: Bool {
        python != nil && UCDFiles.isAvailable && FileManager.default.fileExists(atPath: generator.path)
    }
}
