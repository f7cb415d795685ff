import ArgumentParser
import Foundation

/// Appends to a job summary file (`$GITHUB_STEP_SUMMARY` is shared by every step of a job, so it is
/// never overwritten), creating it when missing.
enum SummaryFile {
    static func append(_ text: String, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                FileHandle.standardError.write(Data("brandc: cannot create the summary file '\(path)'\n".utf8))
                throw ExitCode(2)
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            FileHandle.standardError.write(Data("brandc: cannot write the summary file '\(path)'\n".utf8))
            throw ExitCode(2)
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
