import Foundation

/// Runs one of Debian's command-line tools to the end, its output captured in files (a pipe
/// could fill up and stall it).
///
/// Interim: the measurement backends (ImageMagick for pixels, the `tesseract` command for text)
/// stand in for the C-API modules of the pixels and ocr branches until they land.
enum Tool {
    struct Output {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) -> Output? {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return nil }
        let folder = FileManager.default.temporaryDirectory
        let out = folder.appendingPathComponent("brandc-tool-\(UUID().uuidString)")
        let err = folder.appendingPathComponent("brandc-tool-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        guard FileManager.default.createFile(atPath: out.path, contents: nil),
            FileManager.default.createFile(atPath: err.path, contents: nil),
            let outHandle = try? FileHandle(forWritingTo: out), let errHandle = try? FileHandle(forWritingTo: err)
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        do {
            try process.run()
        } catch {
            return nil
        }
        process.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        let stdout = (try? Data(contentsOf: out)).map(Array.init) ?? []
        let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        return Output(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }
}
