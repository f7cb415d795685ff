import Testing
@testable import BrandDiagnostics

@Suite struct SourceFileTests {
    @Test func lineStartsHonourLFCRLFAndLoneCR() {
        let file = SourceFile(path: "a.yaml", text: "a\nbb\r\nccc\rd")
        #expect(file.lineStarts == [0, 2, 6, 10])
        #expect(file.lineText(2) == "bb")
        #expect(file.lineText(3) == "ccc")
        #expect(file.lineText(4) == "d")
        #expect(file.lineText(9) == "")
    }

    @Test func unicodeLineSeparatorsDoNotStartLines() {
        let file = SourceFile(path: "a.yaml", text: "title: a\u{2028}b\u{85}c\nnext: 1")
        #expect(file.lineCount == 2)
        #expect(file.position(atOffset: file.lineStarts[1]).line == 2)
    }

    @Test func columnsCountScalarsNotBytes() {
        let file = SourceFile(path: "a.yaml", text: "ja: 日本語: x\n")
        // "日本語" is 9 bytes; the colon after it is the 8th scalar of the line.
        let colonOffset = Array("ja: 日本語".utf8).count
        let position = file.position(atOffset: colonOffset)
        #expect(position == SourcePosition(offset: colonOffset, line: 1, column: 8))
        #expect(file.position(line: 1, column: 8) == position)
    }

    @Test func positionsClampPastTheEnd() {
        let file = SourceFile(path: "a.yaml", text: "ab\n")
        #expect(file.position(atOffset: 99).offset == 3)
        #expect(file.position(line: 1, column: 50).offset == 2)
    }
}

@Suite struct SpellingSuggestionTests {
    @Test(arguments: [
        ("colours", "colors"), ("typograhpy", "typography"), ("Locales", "locales"), ("idnetity", "identity"),
    ])
    func suggestsCloseKeys(typo: String, expected: String) {
        let keys = ["identity", "voice", "colors", "typography", "locales", "logo"]
        #expect(SpellingSuggestion.closest(to: typo, among: keys) == expected)
    }

    @Test func refusesFarFetchedMatches() {
        #expect(SpellingSuggestion.closest(to: "banana", among: ["identity", "voice"]) == nil)
    }
}

@Suite struct DiagnosticSinkTests {
    static let code = DiagnosticCode("T000", name: "test", summary: "a test code", severity: .warning)

    @Test func collectsAndSortsBySource() {
        var sink = DiagnosticSink()
        let file = SourceFile(path: "b.yaml", text: "x: 1\ny: 2\n")
        sink.report(Self.code, "second", at: file.location(from: 5, to: 6))
        sink.report(Self.code, "first", at: file.location(from: 0, to: 1))
        sink.report(Diagnostic(Self.code, "error", at: nil, severity: .error))
        #expect(sink.hasErrors)
        #expect(sink.count(of: .warning) == 2)
        #expect(sink.sorted.map(\.message) == ["error", "first", "second"])
    }
}
