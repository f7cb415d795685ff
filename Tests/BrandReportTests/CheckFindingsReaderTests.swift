import Foundation
import Testing
import BrandDiagnostics
@testable import BrandDriver
import BrandImageCheck
import BrandReport

/// The reader against files written by `brandc check`'s own writer (`CheckFindingsFile`), so a
/// change of that format breaks these tests rather than silently emptying the report's findings.
@Suite struct CheckFindingsReaderTests {
    func folder(_ contents: String? = nil) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-findings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if let contents { try Data(contents.utf8).write(to: url.appendingPathComponent("check.json")) }
        return url
    }

    @Test func noFileMeansNoChecksRan() throws {
        let result = CheckFindingsReader().findings(in: try folder())
        #expect(result.byImage == nil)
        #expect(result.problem == nil)
    }

    @Test func readsWhatBrandcCheckWrites() throws {
        let out = try folder()
        let located = BrandDiagnostics.SourceLocation(file: "brands/kumo/brand.yaml", range: SourceRange(at: SourcePosition(offset: 400, line: 31, column: 14)))
        let images = [
            CheckedImage(key: "tin.hero.ja", imagePath: out.appendingPathComponent("tin.hero.ja.png").path, diagnostics: [
                Diagnostic(.aspectRatioMismatch, "the image is 1:1, the template asks for 16:9", at: nil),
                Diagnostic(.imageTypeMismatch, "JPEG bytes in a .png file", at: nil,
                           notes: [DiagnosticNote("the format is set here", at: located)]),
            ], seconds: 0.5),
            CheckedImage(key: "tin.hero.en", imagePath: out.appendingPathComponent("tin.hero.en.png").path, diagnostics: [], seconds: 0.1),
        ]
        try CheckFindingsFile.write(images, in: out)
        let result = CheckFindingsReader().findings(in: out)
        #expect(result.problem == nil)
        #expect(result.byImage?["tin.hero.ja.png"] == [
            ReportFinding(code: "V003", severity: "error", message: "the image is 1:1, the template asks for 16:9"),
            ReportFinding(code: "V002", severity: "warning", message: "JPEG bytes in a .png file"),
        ])
        #expect(result.byImage?["tin.hero.en.png"] == [])
    }

    @Test func aBrokenFileIsReportedNotFatal() throws {
        let result = CheckFindingsReader().findings(in: try folder("{not json"))
        #expect(result.byImage == nil)
        #expect(result.problem?.contains("check.json") == true)
    }

    @Test func anotherVersionIsReportedNotMisread() throws {
        let json = #"{"version":2,"summary":{"images":0,"errors":0,"warnings":0,"notes":0},"images":[]}"#
        let result = CheckFindingsReader().findings(in: try folder(json))
        #expect(result.byImage == nil)
        #expect(result.problem?.contains("version 2") == true)
    }
}
