import Foundation

/// The package root (found from this file's path) and the relative paths the tests give the driver,
/// so that diagnostics and goldens never contain the checkout folder.
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Makes the package root the working directory once (`swift test` already starts there) and
    /// returns whether relative paths now resolve against it.
    static let isWorkingDirectory: Bool = {
        let fileManager = FileManager.default
        if URL(fileURLWithPath: fileManager.currentDirectoryPath).standardizedFileURL.path != url.standardizedFileURL.path {
            _ = fileManager.changeCurrentDirectoryPath(url.path)
        }
        return fileManager.fileExists(atPath: "Tests/Fixtures/broken")
    }()

    static let fixtures = "Tests/Fixtures"
}
