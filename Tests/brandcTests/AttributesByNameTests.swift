import Foundation
import Testing

/// `{{product.attributes.NAME}}` renders the product's attribute called NAME, and a name the product
/// lacks is T002 at the tag, with the closest of that product's own attribute names as the fix.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct AttributesByNameTests {
    static func folder(template: String) throws -> URL {
        try GuideStrictnessTests.folder([
            "brand.yaml": "brandc: 1\nidentity: {name: Kumo}\n",
            "tin.yaml": """
                id: TIN-1
                title: Sencha tin
                attributes:
                  size: 100 g
                  material: tinplate
                """,
            "t.mustache": "---\nname: t\ntarget: gemini-3.1-flash-image\n---\n" + template,
        ])
    }

    static func compile(_ folder: URL) async throws -> BrandcProcess.Result {
        try await BrandcProcess.run([
            "compile", "--brand", folder.appendingPathComponent("brand.yaml").path,
            "--template", folder.appendingPathComponent("t.mustache").path,
            "--product", folder.appendingPathComponent("tin.yaml").path,
            "--out", folder.appendingPathComponent("out").path,
        ])
    }

    @Test func anAttributeIsReadByName() async throws {
        let folder = try Self.folder(template: """
            SIZE={{product.attributes.size}} MADE={{product.attributes.material}}
            {{#product.attributes.weight}}WEIGHT={{.}}{{/product.attributes.weight}}
            {{#product.attributes}}[{{name}}]{{/product.attributes}}
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Self.compile(folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let out = folder.appendingPathComponent("out")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".json") })
        let body = String(decoding: try Data(contentsOf: out.appendingPathComponent(file)), as: UTF8.self)
        #expect(body.contains("SIZE=100 g MADE=tinplate"), "\(body)")
        #expect(!body.contains("WEIGHT="), "\(body)")
        #expect(body.contains("[size][material]"), "\(body)")
    }

    @Test func anAttributeTheProductLacksIsT002WithItsNearestName() async throws {
        let folder = try Self.folder(template: "SIZE={{product.attributes.sise}}\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await Self.compile(folder)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let printed = result.stdout + result.stderr
        #expect(printed.contains("t.mustache:5:8: error[T002]: product 'TIN-1' has no attribute 'sise'"), "\(printed)")
        #expect(printed.contains("did you mean 'product.attributes.size'?"), "\(printed)")
    }
}
