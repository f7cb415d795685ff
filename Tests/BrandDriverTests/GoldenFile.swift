import Foundation
import Testing

/// Whole outputs compared byte for byte with files under `Tests/Fixtures/golden/`.
///
/// To regenerate after an intended change, run
/// `BRANDC_UPDATE_GOLDENS=1 swift test --filter BrandDriverTests` and review the diff in git.
enum GoldenFile {
    static let directory = PackageRoot.url.appendingPathComponent("\(PackageRoot.fixtures)/golden")

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["BRANDC_UPDATE_GOLDENS"] == "1" }

    static func check(_ actual: Data, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if isUpdating {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "missing golden file \(name); run BRANDC_UPDATE_GOLDENS=1 swift test --filter BrandDriverTests",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let diff = firstDifference(String(decoding: expected, as: UTF8.self), String(decoding: actual, as: UTF8.self))
            Issue.record("\(name) differs from the output; \(diff)", sourceLocation: sourceLocation)
        }
    }

    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try check(Data(actual.utf8), named: name, sourceLocation: sourceLocation)
    }

    /// The first differing line, `-` for the golden file and `+` for the output.
    private static func firstDifference(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? String(old[index]) : "<no line>"
            let after = index < new.count ? String(new[index]) : "<no line>"
            if before != after { return "line \(index + 1):\n- \(before)\n+ \(after)" }
        }
        return "same lines, different bytes"
    }
}
