import BrandTestSupport
import BrandDiagnostics
import Foundation
import Testing

@testable import BrandYAML

/// Runs every case of the YAML test suite (data branch) in `shared/conformance/yaml-test-suite`:
/// valid cases must load to the data in `in.json`, cases with an `error` file must be rejected,
/// valid cases without JSON must load without errors. Cases listed in
/// `Tests/Fixtures/yaml/known-failures.txt` are expected to fail, each for the reason given there;
/// a listed case that starts to pass is reported too, so the list stays honest.
@Suite struct ConformanceTests {
    // Skipped, with this message in the test output, when the shared folder is absent (CI always has it).
    @Test(.enabled(if: SharedFolder.yamlTestSuite != nil, "shared/conformance/yaml-test-suite not found: set BRANDC_SHARED"))
    func yamlTestSuite() throws {
        let suite = try #require(SharedFolder.yamlTestSuite)
        let cases = ConformanceCase.all(in: suite)
        let known = try KnownFailures.load()
        var failed: [String: String] = [:]
        for testCase in cases {
            if let failure = testCase.run() { failed[testCase.id] = failure }
        }
        for (id, failure) in failed.sorted(by: { $0.key < $1.key }) where known[id] == nil {
            Issue.record("\(id): \(failure)")
        }
        for id in known.keys.sorted() where failed[id] == nil {
            Issue.record("\(id) is listed in known-failures.txt but passes now: remove it from the list")
        }
        let passed = cases.count - failed.count
        print("yaml-test-suite: \(passed)/\(cases.count) cases pass (\(String(format: "%.1f", 100 * Double(passed) / Double(cases.count)))%), \(failed.count) known failures")
        #expect(cases.count > 300)
    }

    /// A copy of the suite with its `name/` and `tags/` link folders counts each case once.
    @Test func linkFoldersDoNotRepeatCases() throws {
        let manager = FileManager.default
        let suite = manager.temporaryDirectory.appendingPathComponent("brandc-suite-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: suite) }
        for folder in ["AB12", "CD34/00", "CD34/01", "name", "tags/flow"] {
            try manager.createDirectory(at: suite.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for folder in ["AB12", "CD34/00", "CD34/01"] {
            try Data("a: 1\n".utf8).write(to: suite.appendingPathComponent("\(folder)/in.yaml"))
        }
        try manager.createSymbolicLink(atPath: suite.appendingPathComponent("name/Spec-Example").path, withDestinationPath: "../AB12")
        try manager.createSymbolicLink(atPath: suite.appendingPathComponent("tags/flow/CD34").path, withDestinationPath: "../../CD34")
        try manager.createSymbolicLink(atPath: suite.appendingPathComponent("tags/flow/loop").path, withDestinationPath: "..")
        #expect(ConformanceCase.all(in: suite).map(\.id) == ["AB12", "CD34/00", "CD34/01"])
    }
}

struct ConformanceCase {
    let id: String
    let folder: URL

    /// Every case once, named by its real folder: a full copy of the suite also has `name/` and
    /// `tags/` folders of symbolic links to the cases, which are the same cases again.
    static func all(in suite: URL) -> [ConformanceCase] {
        let manager = FileManager.default
        let root = suite.resolvingSymlinksInPath().path + "/"
        var cases: [String: ConformanceCase] = [:]
        func visit(_ folder: URL, depth: Int) {
            let real = folder.resolvingSymlinksInPath()
            guard real.path.hasPrefix(root), cases[real.path] == nil else { return }
            if manager.fileExists(atPath: real.appendingPathComponent("in.yaml").path) {
                cases[real.path] = ConformanceCase(id: String(real.path.dropFirst(root.count)), folder: real)
                return
            }
            // Cases sit at most at tags/TAG/ID/NN; the depth bound also ends a loop of links.
            guard depth < 4 else { return }
            for name in (try? manager.contentsOfDirectory(atPath: real.path)) ?? [] {
                visit(real.appendingPathComponent(name), depth: depth + 1)
            }
        }
        for name in (try? manager.contentsOfDirectory(atPath: suite.path)) ?? [] {
            visit(suite.appendingPathComponent(name), depth: 1)
        }
        return cases.values.sorted { $0.id < $1.id }
    }

    /// `nil` when the loader does what the suite expects, otherwise what went wrong.
    func run() -> String? {
        guard let input = FileManager.default.contents(atPath: folder.appendingPathComponent("in.yaml").path) else {
            return "cannot read in.yaml"
        }
        var sink = DiagnosticSink()
        let documents = YAMLLoader().loadAll(SourceFile(path: "\(id)/in.yaml", bytes: Array(input)), diagnostics: &sink)
        let firstError = sink.diagnostics.first { $0.severity == .error }.map { "\($0.code.id) \($0.message)" }
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("error").path) {
            return sink.hasErrors ? nil : "accepted invalid YAML"
        }
        if let firstError { return "rejected valid YAML: \(firstError)" }
        guard let expectedData = FileManager.default.contents(atPath: folder.appendingPathComponent("in.json").path) else {
            return nil
        }
        guard let expected = JSONValue.parseSequence(String(decoding: expectedData, as: UTF8.self)) else {
            return "cannot parse in.json"
        }
        let rendered = YAMLJSON.lines(documents)
        guard let actual = JSONValue.parseSequence(rendered) else { return "rendered invalid JSON: \(rendered)" }
        return actual == expected ? nil : "data differs: got \(rendered)"
    }
}

/// `Tests/Fixtures/yaml/known-failures.txt`: one case per line, `ID  reason`; `#` starts a comment.
enum KnownFailures {
    static func load() throws -> [String: String] {
        let url = SharedFolder.packageRoot.appendingPathComponent("Tests/Fixtures/yaml/known-failures.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var entries: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard let id = parts.first else { continue }
            entries[String(id)] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return entries
    }
}
