import BrandDiagnostics
import BrandReporters
import Foundation
import Testing

@Suite struct JSONRendererTests {
    func decode(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func shapeCarriesEveryFieldOfTheFixtures() throws {
        let object = try decode(JSONRenderer().render(Fixtures.diagnostics, context: Fixtures.context()))
        #expect(object["version"] as? Int == 1)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == Fixtures.diagnostics.count)
        for (rendered, diagnostic) in zip(diagnostics, Fixtures.diagnostics) {
            #expect(rendered["code"] as? String == diagnostic.code.id)
            #expect(rendered["name"] as? String == diagnostic.code.name)
            #expect(rendered["severity"] as? String == diagnostic.severity.rawValue)
            #expect(rendered["message"] as? String == diagnostic.message)
            #expect((rendered["notes"] as? [Any])?.count == diagnostic.notes.count)
            let location = rendered["location"] as? [String: Any]
            #expect(location?["file"] as? String == diagnostic.location?.file)
            #expect(location?["line"] as? Int == diagnostic.location?.range?.start.line)
            #expect(location?["column"] as? Int == diagnostic.location?.range?.start.column)
            #expect(location?["endColumn"] as? Int == diagnostic.location?.range?.end.column)
            #expect(location?["offset"] as? Int == diagnostic.location?.range?.start.offset)
            #expect(location?["endOffset"] as? Int == diagnostic.location?.range?.end.offset)
            #expect((rendered["fix"] as? [String: Any])?["message"] as? String == diagnostic.fix?.message)
        }
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["errors": 3, "warnings": 2, "notes": 1])
    }

    @Test func outputIsDeterministicWithSortedKeysAndPlainSlashes() {
        let first = JSONRenderer().render(Fixtures.diagnostics, context: Fixtures.context())
        #expect(first == JSONRenderer().render(Fixtures.diagnostics, context: Fixtures.context()))
        #expect(first.contains("\"guides/brand.yaml\""))
        #expect(first.hasSuffix("}\n"))
        let keys = first.split(separator: "\n").prefix(3).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(keys == ["{", "\"diagnostics\" : [", "{"])
    }

    @Test func emptyRunStillHasTheWholeShape() throws {
        let object = try decode(JSONRenderer().render([], context: RenderContext(files: [])))
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(object["summary"] as? [String: Int] == ["errors": 0, "warnings": 0, "notes": 0])
    }
}
