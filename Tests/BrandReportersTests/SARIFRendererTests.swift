import BrandTestSupport
import BrandDiagnostics
@testable import BrandReporters
import Foundation
import Testing

@Suite struct SARIFRendererTests {
    // Skipped, with this message in the test log, where the shared folder or python3 + jsonschema is missing.
    @Test(
        "SARIF output validates against the OASIS 2.1.0 schema",
        .enabled(if: SharedFolder.sarifSchema != nil, "shared/conformance/sarif schema not found (set BRANDC_SHARED)"),
        .enabled(if: SchemaValidator.isAvailable, "python3 with jsonschema not available (scripts/setup.sh installs it)"))
    func validatesAgainstSchema() async throws {
        let schema = try #require(SharedFolder.sarifSchema)
        let sarif = SARIFRenderer().render(Fixtures.diagnostics, context: Fixtures.context())
        #expect(try await SchemaValidator.errors(validating: sarif, against: schema) == [])
        let empty = SARIFRenderer().render([], context: Fixtures.context())
        #expect(try await SchemaValidator.errors(validating: empty, against: schema) == [])
    }

    @Test(
        "The validator really rejects a broken log",
        .enabled(if: SharedFolder.sarifSchema != nil, "shared/conformance/sarif schema not found (set BRANDC_SHARED)"),
        .enabled(if: SchemaValidator.isAvailable, "python3 with jsonschema not available (scripts/setup.sh installs it)"))
    func validatorRejectsInvalidLevel() async throws {
        let schema = try #require(SharedFolder.sarifSchema)
        let sarif = SARIFRenderer().render(Fixtures.diagnostics, context: Fixtures.context())
            .replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"severe\"")
        #expect(try await !SchemaValidator.errors(validating: sarif, against: schema).isEmpty)
    }

    @Test func rulesListTheWholeCatalogSortedAndResultsPointAtTheirRule() {
        let log = SARIFRenderer().log(for: Fixtures.diagnostics, context: Fixtures.context())
        let run = log.runs[0]
        #expect(run.columnKind == "unicodeCodePoints")
        #expect(run.tool.driver.rules.map(\.id) == ["B001", "B002", "B003", "B004", "B005", "B099"])
        #expect(run.tool.driver.rules.last?.defaultConfiguration.level == "note")
        for (result, diagnostic) in zip(run.results, Fixtures.diagnostics) {
            #expect(run.tool.driver.rules[result.ruleIndex].id == diagnostic.code.id)
            #expect(result.level == diagnostic.severity.rawValue)
        }
    }

    @Test func codesMissingFromTheCatalogStillGetARule() {
        let log = SARIFRenderer().log(for: Fixtures.diagnostics, context: RenderContext(files: []))
        #expect(log.runs[0].tool.driver.rules.map(\.id) == ["B001", "B002", "B003", "B004", "B005"])
    }

    @Test func locationsWithoutRangeOrFile() {
        let results = SARIFRenderer().log(for: Fixtures.diagnostics, context: Fixtures.context()).runs[0].results
        let fileLevel = results[4].locations?.first?.physicalLocation
        #expect(fileLevel?.artifactLocation.uri == "guides/v1%3Adraft%2C%20old.yaml")
        #expect(fileLevel?.region == nil)
        #expect(results[5].locations == nil)
        #expect(results[0].relatedLocations?[1].physicalLocation == nil)
        #expect(results[0].fixes?.count == 1)
        #expect(results[2].fixes == nil)
        #expect(results[2].message.text == "unexpected text after the title\nhelp: quote the whole title")
    }

    @Test func artifactURIsArePercentEncoded() {
        let relative = SARIFArtifactURI.artifactLocation(forPath: "./guides/café menu.yaml")
        #expect(relative.uri == "guides/caf%C3%A9%20menu.yaml")
        #expect(relative.uriBaseId == "%SRCROOT%")
        let absolute = SARIFArtifactURI.artifactLocation(forPath: "/tmp/a b/100%#?.yaml")
        #expect(absolute.uri == "file:///tmp/a%20b/100%25%23%3F.yaml")
        #expect(absolute.uriBaseId == nil)
        #expect(SARIFArtifactURI.percentEncoded("日") == "%E6%97%A5")
    }
}
