import BrandDiagnostics
import Testing

@testable import BrandYAML

@Suite struct DuplicateKeyTests {
    @Test func duplicateKeyPointsAtSecondWithNoteAtFirst() throws {
        let result = load("name: a\nother: b\nname: c\n")
        #expect(result.codes == ["Y006"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.position(of: .yamlDuplicateKey) == "3:1")
        #expect(diagnostic.notes.first?.location?.range?.start.line == 1)
        #expect(result.root?["name"]?.value == .string("a"))
    }

    @Test func keysCompareByResolvedValue() {
        #expect(load("1: a\n0x1: b\n").codes == ["Y006"])
        #expect(load("null: a\n~: b\n").codes == ["Y006"])
        #expect(load("1: a\n'1': b\n").codes.isEmpty)
        #expect(load("true: a\n\"true\": b\n").codes.isEmpty)
    }

    @Test func largeMappingsUseTheIndex() {
        var lines = (0..<50).map { "k\($0): \($0)" }
        lines.append("k7: again")
        lines.append("k49: again")
        let result = load(lines.joined(separator: "\n"))
        #expect(result.codes == ["Y006", "Y006"])
        #expect(result.diagnostics.map { $0.location?.range?.start.line } == [51, 52])
        #expect(result.diagnostics.map { $0.notes.first?.location?.range?.start.line } == [8, 50])
    }

    @Test func collectionKeysAreNotCompared() {
        #expect(load("? [a]\n: 1\n? [a]\n: 2\n").codes.isEmpty)
    }
}
