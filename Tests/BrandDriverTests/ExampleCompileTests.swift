import BrandDiagnostics
import BrandDriver
import BrandTestSupport
import Foundation
import Testing

/// The bundled examples compile without errors into requests identical to
/// `Tests/Fixtures/golden/requests/`, the same bytes on every run.
@Suite(.enabled(if: PackageRoot.isWorkingDirectory, "the package root must be reachable as the working directory"))
struct ExampleCompileTests {
    /// Compiles every example job into a fresh folder: the files' names and bytes, and the diagnostics.
    static func compileAll() throws -> (files: [String: Data], diagnostics: [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String: Data] = [:]
        var diagnostics: [Diagnostic] = []
        var driver = Driver()
        driver.tokenizer = .estimate  // no budget is tight here; keep the run free of the user cache
        for job in ExampleCompileJobs.all(outputDirectory: folder.path) {
            let result = driver.compile(job)
            diagnostics += result.diagnostics
            for path in result.written {
                let name = URL(fileURLWithPath: path).lastPathComponent
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return (files, diagnostics)
    }

    @Test func examplesCompileToTheGoldenRequests() throws {
        let (files, diagnostics) = try Self.compileAll()
        #expect(!diagnostics.contains { $0.severity == .error }, "errors: \(diagnostics.map(\.message))")
        let expected = ExampleCompileJobs.all(outputDirectory: "").map { max(1, $0.products.count) }.reduce(0, +)
        #expect(files.count == expected, "expected a request per example job and product, got \(files.keys.sorted())")
        for name in files.keys.sorted() {
            let data = try #require(files[name])
            try Goldens.requests.check(data, named: name)
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let keys = Set(object?.keys.map { $0 } ?? [])
            #expect(keys.isSuperset(of: ["contents", "generationConfig"]), "\(name) has keys \(keys.sorted())")
            #expect(keys.isSubset(of: ["contents", "generationConfig", "systemInstruction"]), "\(name) has keys \(keys.sorted())")
            #expect(data.last == UInt8(ascii: "\n") || data.last == UInt8(ascii: "}"))
        }
        try Goldens.requests.expectExactly(Set(files.keys))
    }

    @Test func compilingTwiceGivesIdenticalBytes() throws {
        let first = try Self.compileAll().files
        let second = try Self.compileAll().files
        #expect(first.keys.sorted() == second.keys.sorted())
        for (name, data) in first {
            #expect(second[name] == data, "\(name) differs between two runs")
        }
    }

    @Test func requestsNameTheirLocaleAndCarryLocalizedCopy() throws {
        let files = try Self.compileAll().files
        let expectations = [
            ("KUMO-SENCHA-100.campaign-hero.ja.gemini.json", "静岡の春を、一杯に。"),
            ("KUMO-SENCHA-100.campaign-hero.ar.gemini.json", "ربيع شيزوكا في كوب واحد"),
            ("KUMO-SENCHA-100.campaign-hero.he.gemini.json", "האביב של שיזואוקה בכוס אחת"),
            ("KUMO-SENCHA-100.campaign-hero.hi.gemini.json", "शिज़ुओका का वसंत, एक प्याले में।"),
        ]
        for (name, headline) in expectations {
            let data = try #require(files[name], "no \(name) among \(files.keys.sorted())")
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains(headline.precomposedStringWithCanonicalMapping), "\(name) lacks the product headline")
        }
    }
}
