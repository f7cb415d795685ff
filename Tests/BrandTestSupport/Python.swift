import Foundation

/// Runs `python3` (from PATH) with arguments to the end, stdout and stderr together: the test
/// oracles (jsonschema, brand_yml) and the browser scripts are Python tools installed by
/// `scripts/setup.sh`.
public enum Python {
    /// Status 124 and the output so far when the script outlives `timeout` seconds (it is killed,
    /// so a hung browser fails its test instead of hanging the suite).
    public static func run(_ arguments: [String], timeout: Double = 180) async throws -> (status: Int32, output: String) {
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
        let timedOut = await !process.ended(within: timeout)
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        await process.ended()
        try handle.close()
        let output = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        return timedOut ? (124, output + "\n(killed after \(Int(timeout)) s)") : (process.terminationStatus, output)
    }

    /// Whether `python3 arguments` exits 0: a quick synchronous probe for a trait's condition (an
    /// import check), run once; tests themselves use the asynchronous `run`.
    public static func succeeds(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
