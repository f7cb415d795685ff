import Foundation
public import Testing

/// A folder of golden files: whole outputs (requests, rendered diagnostics, reports) compared byte
/// for byte with committed files, and updated only by an explicit command,
/// `scripts/regenerate-goldens.sh` (which sets `BRANDC_UPDATE_GOLDENS=1`).
///
/// A comparison fails when the golden file is missing or differs. The test that owns a folder also
/// calls ``expectExactly(_:sourceLocation:)`` with every name its cases produce, so a golden file
/// no test produces any more (stale) fails too, and so does an expected one that was never written.
/// When regenerating, files are written or removed instead, and each change is printed with the
/// lines that changed.
public struct GoldenFolder: Sendable {
    public let url: URL

    public init(_ url: URL) {
        self.url = url
    }

    public static let regenerateCommand = "scripts/regenerate-goldens.sh"

    /// Whether this run writes the goldens instead of comparing with them.
    public static var isRegenerating: Bool { ProcessInfo.processInfo.environment["BRANDC_UPDATE_GOLDENS"] == "1" }

    /// Compares `actual` with the golden file `name` (a path inside the folder); when regenerating,
    /// writes it and prints how it changed.
    public func check(_ actual: Data, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let file = url.appendingPathComponent(name)
        let expected = FileManager.default.contents(atPath: file.path)
        if Self.isRegenerating {
            guard expected != actual else { return }
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: file)
            if let expected {
                report("updated \(display(name))\n" + GoldenDiff.lines(expected: expected, actual: actual))
            } else {
                report("created \(display(name))")
            }
            return
        }
        guard let expected else {
            Issue.record("missing golden file \(display(name)); run \(Self.regenerateCommand)", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let diff = GoldenDiff.lines(expected: expected, actual: actual)
            Issue.record(
                "\(display(name)) differs from the output (run \(Self.regenerateCommand) if the change is meant):\n\(diff)",
                sourceLocation: sourceLocation)
        }
    }

    public func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try check(Data(actual.utf8), named: name, sourceLocation: sourceLocation)
    }

    /// Expects the folder to hold exactly the files `names` (paths inside it), no more and no fewer;
    /// when regenerating, removes the files not named and prints their names.
    public func expectExactly(_ names: Set<String>, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let present = try files()
        let stale = present.subtracting(names).sorted()
        if Self.isRegenerating {
            for name in stale {
                try FileManager.default.removeItem(at: url.appendingPathComponent(name))
                report("removed \(display(name)), which no test produces")
            }
            return
        }
        for name in stale {
            Issue.record("stale golden file \(display(name)): no test produces it; run \(Self.regenerateCommand)",
                         sourceLocation: sourceLocation)
        }
        for name in names.subtracting(present).sorted() {
            Issue.record("missing golden file \(display(name)); run \(Self.regenerateCommand)", sourceLocation: sourceLocation)
        }
    }

    /// Every regular file under the folder, as paths relative to it.
    func files() throws -> Set<String> {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let root = url.standardizedFileURL.path
        var names: Set<String> = []
        guard let walk = FileManager.default.enumerator(atPath: root) else { return [] }
        while let relative = walk.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                names.insert(relative)
            }
        }
        return names
    }

    /// Prints a change, every line prefixed `golden: ` so the regeneration script can pick them out.
    private func report(_ change: String) {
        print(change.split(separator: "\n", omittingEmptySubsequences: false).map { "golden: \($0)" }.joined(separator: "\n"))
    }

    private func display(_ name: String) -> String {
        url.lastPathComponent + "/" + name
    }
}
