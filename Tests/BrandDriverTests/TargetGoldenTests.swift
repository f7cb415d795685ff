import BrandDriver
import BrandTestSupport
import BrandLowering
import Foundation
import Testing

/// The same brand, template and product lowered to every target, golden byte for byte.
@Suite(.enabled(if: PackageRoot.isWorkingDirectory, "the package root must be reachable as the working directory"))
struct TargetGoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var route: String
        var target: LoweringTarget?
        /// What the compile must write, no more and no fewer: the request (or batch file) and, for
        /// a single request, its curl script.
        var files: [String]
        var testDescription: String { "\(route) \(target?.rawValue ?? "")" }
        var folder: String { route.replacingOccurrences(of: "/", with: "_") + (target.map { "-\($0.rawValue)" } ?? "") }
    }

    static func request(_ suffix: String) -> [String] {
        ["KUMO-SENCHA-100.studio-shot.en.\(suffix).json", "KUMO-SENCHA-100.studio-shot.en.\(suffix).sh"]
    }

    static let cases = [
        Case(route: "google/nano-banana-2", target: nil, files: request("gemini")),
        Case(route: "google/nano-banana-2", target: .geminiBatch, files: ["studio-shot.en.batch.jsonl"]),
        Case(route: "openai/gpt-image-1.5", target: nil, files: request("openai-images")),
        Case(route: "wisgate/nano-banana-pro-chat", target: nil, files: request("openai-chat")),
        Case(route: "wisgate/nano-banana-2-claude", target: nil, files: request("claude")),
    ]

    /// One folder per case holding exactly that case's files.
    @Test func theGoldenFolderHoldsExactlyEveryCase() throws {
        try Goldens.targets.expectExactly(Set(Self.cases.flatMap { testCase in testCase.files.map { "\(testCase.folder)/\($0)" } }))
    }

    @Test(arguments: cases)
    func everyTargetFromTheSameInputs(_ testCase: Case) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-targets-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        var driver = Driver()
        driver.tokenizer = .estimate
        var job = CompileJob(
            brand: "brands/kumo/brand.yaml", template: "templates/studio-shot.mustache",
            products: ["products/kumo/sencha-tin.yaml"], locale: "en", outputDirectory: out.path,
            route: testCase.route, target: testCase.target)
        job.emitCurl = true
        let result = driver.compile(job)
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.message))")
        let written = result.written.map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(written.sorted() == testCase.files.sorted(), "wrote \(written)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == testCase.files.sorted())
        for name in testCase.files {
            let data = try #require(FileManager.default.contents(atPath: out.appendingPathComponent(name).path), "\(name) not written")
            try Goldens.targets.check(data, named: "\(testCase.folder)/\(name)")
        }
    }

    @Test func batchFilesSplitUnderTheLimitAndKeepEveryLine() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-batch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        var driver = Driver()
        driver.tokenizer = .estimate
        var job = CompileJob(
            brand: "brands/northwind/brand.yaml", template: "templates/studio-shot.mustache",
            products: ["products/northwind/merino-beanie.yaml", "products/northwind/trail-jacket.yaml"],
            locale: "en", outputDirectory: out.path, target: .geminiBatch)
        job.batchFileLimit = 1  // every line opens a new file
        let result = driver.compile(job)
        #expect(result.written.map { URL(fileURLWithPath: $0).lastPathComponent }
            == ["studio-shot.en.batch-0001.jsonl", "studio-shot.en.batch-0002.jsonl"])
        let keys = try result.written.map { path -> String in
            let line = try Data(contentsOf: URL(fileURLWithPath: path))
            let object = try JSONSerialization.jsonObject(with: line) as? [String: Any]
            return object?["key"] as? String ?? ""
        }
        #expect(keys == ["NW-BEANIE-CHAR/studio-shot/en", "NW-TRAIL-JKT-M-RUST/studio-shot/en"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".partial") }
        #expect(leftovers.isEmpty)
    }
}
