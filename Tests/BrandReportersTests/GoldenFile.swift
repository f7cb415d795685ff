import Foundation
import Testing

/// Whole rendered outputs, compared byte for byte with files under `Golden/`.
///
/// To regenerate after an intended change, run
/// `BRANDC_UPDATE_GOLDENS=1 swift test --filter BrandReportersTests` and review the diff in git.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["BRANDC_UPDATE_GOLDENS"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if isUpdating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record(Comment(rawValue: "missing golden file \(name); run BRANDC_UPDATE_GOLDENS=1 swift test --filter BrandReportersTests"), sourceLocation: sourceLocation)
            return
        }
        if expected != Data(actual.utf8) {
            let diff = lineDiff(expected: String(decoding: expected, as: UTF8.self), actual: actual)
            Issue.record(Comment(rawValue: "\(name) differs from the output:\n" + diff), sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, `-` for the golden file and `+` for the output, with escapes
    /// and line ends made visible.
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? visible(old[index]) : "<no line>"
            let after = index < new.count ? visible(new[index]) : "<no line>"
            guard before != after else { continue }
            report.append("line \(index + 1):\n- \(before)\n+ \(after)")
            if report.count == 20 { report.append("…"); break }
        }
        return report.joined(separator: "\n")
    }

    private static func visible(_ line: Substring) -> String {
        line.unicodeScalars.map { scalar in
            switch scalar {
            case "\u{1B}": "\\e"
            case "\r": "\\r"
            case "\t": "\\t"
            default: String(scalar)
            }
        }.joined()
    }
}
