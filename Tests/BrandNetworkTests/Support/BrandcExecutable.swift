import Foundation
import Testing

/// The built `brandc` executable (`swift build --build-tests` puts it beside this test bundle), run
/// with the package root as working directory and its output captured in files.
enum BrandcExecutable {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let path: URL? = {
        var folders: [URL] = []
        if let bundle = Bundle.main.executableURL { folders.append(bundle.deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first { folders.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("brandc") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static var isAvailable: Bool { path != nil }

    /// A started process and the files its output goes to.
    struct Running {
        let process: Process
        let stdout: URL
        let stderr: URL

        func wait() throws -> Result {
            process.waitUntilExit()
            return Result(status: process.terminationStatus,
                          stdout: String(decoding: try Data(contentsOf: stdout), as: UTF8.self),
                          stderr: String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
        }
    }

    static func start(_ arguments: [String], environment: [String: String], logs: URL) throws -> Running {
        let executable = try #require(path, "no built brandc; run swift build --build-tests")
        let out = logs.appendingPathComponent("stdout-\(UUID().uuidString)"), err = logs.appendingPathComponent("stderr-\(UUID().uuidString)")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var inherited = ProcessInfo.processInfo.environment
        for name in ["BRANDC_BASE_URL", "BRANDC_KEY_ENV"] { inherited[name] = nil }
        process.environment = inherited.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return Running(process: process, stdout: out, stderr: err)
    }

    static func run(_ arguments: [String], environment: [String: String], logs: URL) throws -> Result {
        try start(arguments, environment: environment, logs: logs).wait()
    }
}
