import BrandDriver
import BrandLowering
import Foundation
import Testing

/// The same brand, template and product lowered to every target, golden byte for byte.
@Suite(.enabled(if: PackageRoot.isWorkingDirectory, "the package root must be reachable as the working directory"))
struct TargetGoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var route: String
        var target: LoweringTarget?
        var testDescription: String { "\(route) \(target?.rawValue ?? "")" }
        var folder: String { route.replacingOccurrences(of: "/", with: "_") + (target.map { "-\($0.rawValue)" } ?? "") }
    }

    static let cases = [
        Case(route: "google/nano-banana-2", target: nil),
        Case(route: "google/nano-banana-2", target: .geminiBatch),
        Case(route: "openai/gpt-image-1.5", target: nil),
        Case(route: "wisgate/nano-banana-pro-chat", target: nil),
        Case(route: "wisgate/nano-banana-2-claude", target: nil),
    ]

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
        #expect(!result.written.isEmpty)
        for path in result.written {
            let name = URL(fileURLWithPath: path).lastPathComponent
            try GoldenFile.check(try Data(contentsOf: URL(fileURLWithPath: path)), named: "targets/\(testCase.folder)/\(name)")
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
