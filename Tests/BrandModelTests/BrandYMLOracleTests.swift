import BrandDiagnostics
import BrandTestSupport
import BrandYAML
import Foundation
import Testing

@testable import BrandModel

/// Each brand.yml fixture, read by Posit's own `brand_yml` (PyPI, installed by scripts/setup.sh) and
/// by brandc: every palette colour, every theme role and every type role resolves to the same value.
@Suite struct BrandYMLOracleTests {
    static let fixtures = SharedFolder.packageRoot.appendingPathComponent("Tests/Fixtures/brand-yml")
    static let oracle = SharedFolder.packageRoot.appendingPathComponent("scripts/brand-yml/oracle.py")

    static var fixtureNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).filter { $0.hasSuffix(".yml") }.sorted()
    }

    /// Whether python3 can import brand_yml and webcolors; the test says so when it cannot.
    static let oracleAvailable = Python.succeeds(["-c", "import brand_yml, webcolors"])

    struct Resolved: Decodable, Equatable {
        var palette: [String: String]
        var roles: [String: String]
        var type: [String: String]
    }

    @Test func thereAreFixtures() {
        #expect(Self.fixtureNames.count >= 4)
    }

    @Test(.enabled(if: oracleAvailable, "python3 with brand_yml and webcolors not found: run scripts/setup.sh"),
          arguments: fixtureNames)
    func resolvesAsBrandYMLDoes(_ name: String) async throws {
        let path = Self.fixtures.appendingPathComponent(name).path
        let output = try await Python.run([Self.oracle.path, path])
        try #require(output.status == 0, "brand_yml could not read \(name): \(output.output)")
        let expected = try JSONDecoder().decode(Resolved.self, from: Data(output.output.utf8))

        var sink = DiagnosticSink()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let document = try #require(YAMLLoader().loadSingle(SourceFile(path: path, bytes: bytes), diagnostics: &sink))
        let guide = BrandGuide.importBrandYML(document, diagnostics: &sink)
        #expect(!sink.hasErrors, "\(sink.diagnostics.map(\.message))")

        var roles: [String: String] = [:]
        for color in guide.colors { for role in color.roles { roles[role.value] = color.hex.value } }
        #expect(roles == expected.roles, "theme roles of \(name)")
        for (paletteName, hex) in expected.palette {
            #expect(guide.colors.first { $0.key.value == paletteName }?.hex.value == hex, "palette '\(paletteName)' of \(name)")
        }
        let types = Dictionary(guide.typeRoles.map { ($0.role.value, $0.family.value) }, uniquingKeysWith: { first, _ in first })
        #expect(types == expected.type, "type roles of \(name)")
    }
}
