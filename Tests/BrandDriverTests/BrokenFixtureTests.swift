import BrandDiagnostics
import BrandDriver
import BrandTestSupport
import BrandReporters
import Foundation
import Testing

/// Every broken fixture provokes its code where its `expect:` markers say, and renders exactly as
/// its golden files in all four formats.
@Suite(.enabled(if: PackageRoot.isWorkingDirectory, "the package root must be reachable as the working directory"))
struct BrokenFixtureTests {
    static func diagnostics(of brokenCase: BrokenCase) throws -> [Diagnostic] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        return brokenCase.run(outputDirectory: output.path)
    }

    @Test(arguments: BrokenCase.all)
    func reportsItsCodeAtTheMarkedPlaces(_ brokenCase: BrokenCase) throws {
        let diagnostics = try Self.diagnostics(of: brokenCase)
        let markers = brokenCase.markers
        #expect(markers.contains { $0.code == brokenCase.code }, "no 'expect: \(brokenCase.code)' marker in \(brokenCase.folder)")
        for code in Set(markers.map(\.code)) {
            let reported = diagnostics.filter { $0.code.id == code }
            let expected = markers.filter { $0.code == code }
            let found = Set(reported.map { Self.marker(for: $0) })
            for marker in expected {
                #expect(found.contains(marker), "expected \(marker); \(code) reported at \(found.map(\.description).sorted())")
            }
            for place in found {
                #expect(expected.contains(place), "unexpected \(place); the fixture marks \(expected.map(\.description))")
            }
        }
    }

    @Test(arguments: BrokenCase.all)
    func rendersAsItsGoldens(_ brokenCase: BrokenCase) throws {
        let diagnostics = try Self.diagnostics(of: brokenCase)
        for format in DiagnosticFormat.allCases {
            let text = DiagnosticRendering.render(diagnostics, as: format)
            #expect(!text.contains(PackageRoot.url.path), "\(format) output contains the checkout folder")
            try Goldens.broken.check(text, named: Self.golden(brokenCase, format))
        }
    }

    static func golden(_ brokenCase: BrokenCase, _ format: DiagnosticFormat) -> String {
        "\(brokenCase.name).\(DiagnosticRendering.fileExtension(format))"
    }

    /// Every case in every format, and no golden file of a case that is gone.
    @Test func theGoldenFolderHoldsExactlyEveryCase() throws {
        try Goldens.broken.expectExactly(Set(BrokenCase.all.flatMap { brokenCase in
            DiagnosticFormat.allCases.map { Self.golden(brokenCase, $0) }
        }))
    }

    /// What a diagnostic's location looks like as a marker, to compare with the fixture's markers.
    static func marker(for diagnostic: Diagnostic) -> ExpectationMarker {
        guard let location = diagnostic.location, let start = location.start else {
            return ExpectationMarker(code: diagnostic.code.id, file: "")
        }
        return ExpectationMarker(code: diagnostic.code.id, file: location.file, line: start.line, column: start.column)
    }
}
