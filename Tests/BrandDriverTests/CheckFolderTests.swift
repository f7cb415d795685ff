import BrandDiagnostics
import Foundation
import Testing

@testable import BrandDriver

/// `brandc check OUT_DIR` before any pixel is read: a folder that is not a build folder, an image
/// the journal lists but that is gone, the inputs list a build keeps, and the code table in the docs.
@Suite(.enabled(if: PackageRoot.isWorkingDirectory, "the package root must be reachable as the working directory"))
struct CheckFolderTests {
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static var job: CompileJob {
        CompileJob(brand: "brands/kumo/brand.yaml", template: "templates/campaign-hero.mustache",
                   products: ["products/kumo/sencha-tin.yaml"], locale: "en", outputDirectory: "-")
    }

    @Test func aFolderWithoutBuildInputsIsAUsageProblem() async throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = await Driver().checkFolder(folder.path)
        #expect(report.images.isEmpty)
        #expect(report.diagnostics.map(\.code) == [.fileNotFound])
        #expect(report.diagnostics.first?.location?.range == nil, "no line: exit status 2")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("check.json").path))
    }

    @Test func theInputsAreListedOnceAndCompileToTheBuildsNames() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try BuildInputsRecord.record(Self.job, in: folder)
        try BuildInputsRecord.record(Self.job, in: folder)
        let records = BuildInputsRecord.read(in: folder)
        #expect(records.count == 1, "a rerun with the same inputs adds nothing")
        var sink = DiagnosticSink()
        var names: [String] = []
        Driver().eachExpectation(try #require(records.first).compileJob(outputDirectory: folder.path), diagnostics: &sink) { name, expected, _ in
            names.append(name)
            #expect(expected.textBlocks.map(\.text) == ["Shizuoka's spring, in one cup."])
            #expect(expected.textBlocks.first?.source.file == "products/kumo/sencha-tin.yaml", "the copy's own file")
            #expect(expected.background?.name == "Rice Paper")
            #expect(expected.aspectRatio?.value == "21:9")
            #expect(expected.aspectRatio?.location.start?.line == 6, "the template's aspect-ratio line")
            #expect(!expected.allowsOtherText)
        }
        #expect(names == ["KUMO-SENCHA-100.campaign-hero.en"])
    }

    @Test func anImageTheJournalListsButThatIsGoneIsAnError() async throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try BuildInputsRecord.record(Self.job, in: folder)
        let line = #"{"attempts":1,"files":[{"bytes":9,"name":"KUMO-SENCHA-100.campaign-hero.en.png","sha256":"00"}],"#
            + #""hash":"h","key":"KUMO-SENCHA-100.campaign-hero.en","state":"succeeded"}"# + "\n"
        try Data(line.utf8).write(to: folder.appendingPathComponent("journal.jsonl"))
        let report = await Driver().checkFolder(folder.path)
        #expect(report.diagnostics.map(\.code) == [.imageMissing], "\(report.diagnostics.map(\.message))")
        #expect(report.diagnostics.first?.location?.file.hasSuffix("KUMO-SENCHA-100.campaign-hero.en.png") == true)
    }

    @Test func everyImageCheckCodeIsInTheDocsWithItsNameAndSeverity() throws {
        let doc = try String(contentsOf: PackageRoot.url.appendingPathComponent("docs/image-checks.md"), encoding: .utf8)
        let codes = Driver.allCodes.filter { $0.id.hasPrefix("V") }
        #expect(codes.count == 14)
        for code in codes {
            #expect(doc.contains("| \(code.id) | \(code.name) | \(code.defaultSeverity.rawValue) |"), "\(code.id) is not documented")
            #expect(Driver.explanation(of: code) != nil, "\(code.id) has no explanation for brandc explain")
        }
    }
}
