import BrandTestSupport
import Foundation
import Testing

/// `brandc lint` end to end on Tests/Fixtures/copy/scripts: every banned term, trademark
/// misspelling and substituted word, in six scripts and a template's text, at the line and column its `# expect:` marker names.
@Suite(.enabled(if: BrandcExecutable.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct CopyLintCommandTests {
    static let folder = "Tests/Fixtures/copy/scripts"

    /// `path:line:column: severity[CODE]` for each `# expect: CODE at line:column` in the fixture's files.
    static func expectedLines() throws -> [String] {
        try ["brand.yaml", "hero.mustache"].flatMap { name in
            let text = try String(
                contentsOf: BrandcExecutable.packageRoot.appendingPathComponent("\(folder)/\(name)"), encoding: .utf8)
            return text.matches(of: #/# expect: (C00[125]) at (\d+):(\d+)/#).map { match in
                let severity = match.1 == "C001" ? "error" : "warning"
                return "\(folder)/\(name):\(match.2):\(match.3): \(severity)[\(match.1)]"
            }
        }
    }

    @Test func reportsEachMatchAtItsColumn() async throws {
        let result = try await BrandcExecutable.run(["lint", Self.folder])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let expected = try Self.expectedLines()
        #expect(expected.count == 9)
        let reported = result.stdout.split(separator: "\n").filter { $0.contains("[C00") && !$0.hasPrefix(" ") }
            .map { String($0.prefix { $0 != "]" }) + "]" }
        #expect(reported.sorted() == expected.sorted(), "\(result.stdout)")
    }

    /// The JSON report carries the fix for the trademark: its required spelling over the exact bytes.
    @Test func jsonCarriesTheTrademarkReplacement() async throws {
        let result = try await BrandcExecutable.run(["lint", "--format", "json", Self.folder])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        let trademark = try #require(diagnostics.first { $0["code"] as? String == "C002" })
        let fix = try #require(trademark["fix"] as? [String: Any])
        let replacement = try #require(fix["replacement"] as? [String: Any])
        #expect(replacement["text"] as? String == "Kumo Cold Brew™")
    }

    /// Each substitution's fix carries its `use` word, and the Japanese one stays in Japanese copy.
    @Test func jsonCarriesTheSubstitutions() async throws {
        let result = try await BrandcExecutable.run(["lint", "--format", "json", Self.folder])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        let texts = diagnostics.filter { $0["code"] as? String == "C005" }.compactMap { diagnostic in
            ((diagnostic["fix"] as? [String: Any])?["replacement"] as? [String: Any])?["text"] as? String
        }
        #expect(texts.sorted() == ["e-mail", "お茶"])
    }
}
