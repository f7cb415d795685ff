import Foundation

/// Runs `python3` (from PATH) with arguments to the end, stdout and stderr together: the test
/// oracles (jsonschema, brand_yml) and the browser scripts are Python tools installed by
/// `scripts/setup.sh`.
public enum Python {
    /// Status 124 and the output so far when the script outlives `timeout` seconds (it is killed,
    /// so a hung browser fails its test instead of hanging the suite).
    public static func run(_ arguments: [String], timeout: Double = 180) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-python-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try handle.close()
        let output = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        return timedOut ? (124, output + "\n(killed after \(Int(timeout)) s)") : (process.terminationStatus, output)
    }
}
