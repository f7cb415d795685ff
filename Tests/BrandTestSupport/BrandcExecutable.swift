import Foundation

/// The built `brandc` executable (`swift build --build-tests` puts it beside the test bundle), run
/// with the package root as working directory and its output captured in files (pipes could fill
/// up and stall a chatty run).
public enum BrandcExecutable {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public struct NotBuilt: Error, CustomStringConvertible {
        public init() {}
        public var description: String { "no built brandc; run swift build --build-tests" }
    }

    public static var packageRoot: URL { SharedFolder.packageRoot }

    public static let path: URL? = {
        var folders: [URL] = []
        if let bundle = Bundle.main.executableURL { folders.append(bundle.deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first { folders.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("brandc") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    public static var isAvailable: Bool { path != nil }

    /// A started process and the files its output goes to.
    public struct Running {
        public let process: Process
        let stdout: URL
        let stderr: URL

        /// Asks the process to stop (SIGTERM), and kills it if it has not within `grace` seconds, so
        /// a test's clean-up never hangs on a process that ignores the request.
        /// Returns whether it stopped on the request.
        @discardableResult
        public func stop(grace: Double = 5) async -> Bool {
            guard process.isRunning else { return true }
            process.terminate()
            let stopped = await process.ended(within: grace)
            if !stopped { Foundation.kill(process.processIdentifier, SIGKILL) }
            await process.ended()
            return stopped
        }

        /// Kills the process at once (SIGKILL) and reaps it: the clean-up for a `defer`, which cannot
        /// wait for a graceful stop.
        public func kill() {
            guard process.isRunning else { return }
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        public func wait() async throws -> Result {
            await process.ended()
            return Result(status: process.terminationStatus,
                          stdout: String(decoding: try Data(contentsOf: stdout), as: UTF8.self),
                          stderr: String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
        }
    }

    /// Variables a developer's shell might carry that redirect brandc's provider, key or tokenizer;
    /// every started process runs without them unless a test sets them again.
    public static let overrides = ["BRANDC_BASE_URL", "BRANDC_KEY_ENV", "BRANDC_TOKENIZER", "BRANDC_O200K"]

    /// Starts `brandc` in the package root; `environment` is laid over this process's (less
    /// ``overrides``).
    public static func start(_ arguments: [String], environment: [String: String] = [:], logs: URL) throws -> Running {
        guard let executable = path else { throw NotBuilt() }
        return try launch(executable, arguments, in: packageRoot, environment: environment, logs: logs)
    }

    /// Starts any program the way ``start(_:environment:logs:)`` starts `brandc`: no standard input,
    /// output captured in fresh files under `logs`, this process's environment less ``overrides``
    /// with `environment` laid over it.
    public static func launch(_ executable: URL, _ arguments: [String], in directory: URL,
                              environment: [String: String], logs: URL) throws -> Running {
        let out = logs.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = logs.appendingPathComponent("stderr-\(UUID().uuidString)")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var inherited = ProcessInfo.processInfo.environment
        for name in overrides { inherited[name] = nil }
        process.environment = inherited.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return Running(process: process, stdout: out, stderr: err)
    }

    /// Runs `brandc` to the end; its output files go to `logs`, or to a folder removed afterwards.
    public static func run(_ arguments: [String], environment: [String: String] = [:], logs: URL? = nil) async throws -> Result {
        if let logs { return try await start(arguments, environment: environment, logs: logs).wait() }
        let scratch = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        return try await start(arguments, environment: environment, logs: scratch).wait()
    }

    /// A fresh temporary folder for a test's inputs or outputs.
    public static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
