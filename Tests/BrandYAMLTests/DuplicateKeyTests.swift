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

    /// Keys compare as `String`s do (canonical equivalence), whether their text is the file's own
    /// bytes or was unescaped, ASCII or not, in small mappings (scanned) and large ones (indexed).
    @Test(arguments: [0, 20])
    func keysCompareAsStrings(filler: Int) {
        let padding = (0..<filler).map { "pad\($0): x\n" }.joined()
        #expect(load(padding + "ab: 1\n\"a\\x62\": 2\n").codes == ["Y006"])
        #expect(load(padding + "'ab': 1\nab: 2\n").codes == ["Y006"])
        #expect(load(padding + "caf\u{E9}: 1\ncafe\u{301}: 2\n").codes == ["Y006"])
        #expect(load(padding + "K: 1\n\u{212A}: 2\n").codes == ["Y006"])
        #expect(load(padding + "ab: 1\nabc: 2\nba: 3\nAB: 4\n").codes.isEmpty)
        #expect(load(padding + "caf\u{E9}: 1\ncafe: 2\n").codes.isEmpty)
    }
}
