import BrandDriver
import Foundation
import Testing

/// Adding a model, template, check or assembly code without a broken fixture fails here.
struct CodeCoverageTests {
    @Test func everyModelCheckAndAssemblyCodeHasABrokenFixture() {
        let covered = Set(BrokenCase.all.map(\.code))
        let codes = Driver.allCodes.map(\.id).filter { ["M", "T", "C", "A", "I", "K"].contains($0.prefix(1)) && $0.dropFirst().allSatisfy(\.isNumber) }
        #expect(codes.count >= 25, "Driver.allCodes lost codes: \(codes)")
        for code in codes {
            #expect(covered.contains(code), "no Tests/Fixtures/broken/\(code)-<name>/ case for \(code)")
        }
    }

    @Test func everyFixtureIsNamedAfterAKnownCode() {
        let known = Set(Driver.allCodes.map(\.id))
        for brokenCase in BrokenCase.all {
            #expect(known.contains(brokenCase.code), "\(brokenCase.name) is not named after a diagnostic code")
        }
    }
}

/// The copy rules' table in docs/text-blocks.md stays in step with the codes.
struct CopyRuleDocumentationTests {
    @Test func everyCopyRuleIsInTheDocsWithItsNameAndSeverity() throws {
        let doc = try String(contentsOf: PackageRoot.url.appendingPathComponent("docs/text-blocks.md"), encoding: .utf8)
        let codes = Driver.allCodes.filter { $0.id.hasPrefix("I") }
        #expect(codes.count == 15)
        for code in codes {
            #expect(doc.contains("| \(code.id) | \(code.name) | \(code.defaultSeverity.rawValue) |"), "\(code.id) is not documented")
        }
    }
}
