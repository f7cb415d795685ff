import BrandDiagnostics
import Testing

@testable import BrandYAML

@Suite struct AliasAndMergeTests {
    @Test func aliasesExpandToTheAnchoredNode() throws {
        let root = try #require(load("base: &b {x: 1}\ncopy: *b\nlist: [&s 5, *s]\n").root)
        #expect(root["copy"]?["x"]?.value == .int(1))
        #expect(root["copy"]?.range == root["base"]?.range)
        #expect(root["list"]?.sequence?.map(\.value) == [.int(5), .int(5)])
    }

    @Test func laterAnchorReplacesEarlierOne() throws {
        let root = try #require(load("- &a 1\n- *a\n- &a 2\n- *a\n").root)
        #expect(root.sequence?.map(\.value) == [.int(1), .int(1), .int(2), .int(2)])
    }

    @Test func undefinedAliasIsReportedAtTheAlias() {
        let result = load("a: &anchor 1\nb: *anchr\n")
        #expect(result.codes == ["Y007"])
        #expect(result.position(of: .yamlUndefinedAlias) == "2:4")
        #expect(result.diagnostics.first?.fix?.message.contains("*anchor") == true)
    }

    @Test func aliasInsideItsOwnAnchorIsRecursive() {
        let result = load("a: &x [1, *x]\n")
        #expect(result.codes == ["Y016"])
        #expect(result.position(of: .yamlRecursiveAlias) == "1:11")
    }

    /// The bomb stops at the budget: the error lands on the alias that crosses 100,000 nodes, so the
    /// loader never builds the billion (how long that takes is the benchmark's business, not a test's).
    @Test func billionLaughsStopsAtTheBudget() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        let result: LoadResult? = load(lines.joined(separator: "\n") + "\n")
        #expect(result?.codes == ["Y008"])
        // Node counts: a0 10, a1 91, a2 820, a3 7,381, a4 66,430. Expansions through a4 add
        // 9 * (10 + 91 + 820 + 7,381) = 74,718 nodes; the first *a4 on line 6 crosses 100,000.
        #expect(result?.position(of: .yamlAliasExpansionLimit) == "6:10")
    }

    @Test func expansionBudgetCountsNestedAliases() {
        let text = "a: &a [1, 2, 3]\nb: &b [*a, *a]\nc: [*b, *b]\n"
        // Expansions: *a, *a add 4 each (8), *b, *b add 9 each (18): 26 nodes in total.
        #expect(load(text, limits: YAMLLimits(maxAliasExpansion: 26)).codes.isEmpty)
        #expect(load(text, limits: YAMLLimits(maxAliasExpansion: 25)).codes == ["Y008"])
    }

    @Test func mergeKeysMergeAndExplicitKeysWin() throws {
        let text = """
            base: &base {a: 1, b: 2}
            more: &more {b: 20, c: 30}
            one:
              <<: *base
              b: 3
            many:
              <<: [*more, *base]
              d: 4
            """
        let result = load(text)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root["one"]?.mapping?.map(\.key.scalar?.text) == ["a", "b"])
        #expect(root["one"]?["b"]?.value == .int(3))
        #expect(root["many"]?.mapping?.map(\.key.scalar?.text) == ["b", "c", "a", "d"])
        #expect(root["many"]?["b"]?.value == .int(20))
    }

    @Test func mergingAScalarIsReported() {
        let result = load("a: 1\nb:\n  <<: 5\n  c: 1\nd:\n  <<: [{x: 1}, 2]\n")
        #expect(result.codes == ["Y013", "Y013"])
        #expect(result.diagnostics.map { $0.location?.range?.start.line } == [3, 6])
        #expect(result.position(of: .yamlInvalidMerge) == "3:7")
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() {
        #expect(load("'<<': {a: 1}\n").root?.mapping?.first?.key.scalar?.text == "<<")
    }
}
