import Foundation

/// Runs one of the real-client test files in Tests/editor-clients (pytest-lsp for `brandc lsp`,
/// the MCP Python SDK for `brandc mcp`) against the built `brandc`, and returns pytest's verdict.
public enum PythonClientSuite {
    public struct Outcome: Sendable {
        public var passed: Bool
        public var output: String
    }

    /// Whether python3 can import every module in `modules` (installed by scripts/setup.d/50-editor.sh).
    public static func hasModules(_ modules: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", modules.map { "import \($0)" }.joined(separator: "; ")]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    public static func run(_ file: String) async throws -> Outcome {
        guard let brandc = BrandcExecutable.path else { throw BrandcExecutable.NotBuilt() }
        let folder = SharedFolder.packageRoot.appendingPathComponent("Tests/editor-clients")
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-pytest-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", file]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["BRANDC"] = brandc.path
        process.environment = environment
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        await process.ended()
        try handle.close()
        let output = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        return Outcome(passed: process.terminationStatus == 0, output: output)
    }
}
