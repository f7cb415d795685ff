import BrandDiagnostics
@testable import BrandReporters
import Testing

/// Where the caret lands: under the right character after tabs, wide characters and combining marks.
@Suite struct HumanCaretTests {
    /// The snippet lines (source and marker, without the gutter) for a range given in code-point columns.
    func snippetLines(
        _ text: String, column: Int, endColumn: Int? = nil, maxWidth: Int = 120,
        width: @escaping @Sendable (Substring) -> Int = RenderOptions.characterCount
    ) -> [String] {
        let file = SourceFile(path: "a.yaml", text: text + "\n")
        let start = file.position(line: 1, column: column)
        let end = file.position(line: 1, column: endColumn ?? column)
        let diagnostic = Diagnostic(
            DiagnosticCode("T1", name: "t", summary: "t", severity: .error), "m",
            at: SourceLocation(file: "a.yaml", range: SourceRange(start: start, end: end)))
        let context = RenderContext(
            files: [file], options: RenderOptions(columnWidth: width, maxSourceLineWidth: maxWidth))
        let lines = HumanRenderer().render([diagnostic], context: context).split(separator: "\n")
        return lines.dropFirst().map { String($0.drop { $0 != "|" }.dropFirst(2)) }
    }

    @Test func plainRangeIsCaretThenTildes() {
        #expect(snippetLines("key: value", column: 6, endColumn: 11) == ["key: value", "     ^~~~~"])
    }

    @Test func tabsBeforeTheCaretStayTabs() {
        #expect(snippetLines("\t\tkey: 1", column: 3, endColumn: 6)[1] == "\t\t^~~")
        #expect(snippetLines("a\tb: 1", column: 3)[1] == " \t^")
    }

    @Test func wideCharactersTakeTwoColumns() {
        // 日本 are 6 bytes and 2 code points but 4 columns wide.
        #expect(snippetLines("日本: x", column: 5, endColumn: 6, width: TestWidth.eastAsian)[1] == "      ^")
        #expect(snippetLines("a: 日本", column: 4, endColumn: 6, width: TestWidth.eastAsian)[1] == "   ^~~~")
    }

    @Test func combiningMarksTakeNoColumn() {
        // "e" + U+0301 is two code points but one column.
        let line = "cafe\u{301}: x"
        #expect(snippetLines(line, column: 8, width: TestWidth.eastAsian)[1] == "      ^")
        #expect(snippetLines(line, column: 8)[1] == "      ^")
    }

    @Test func theInjectedWidthFunctionIsUsed() {
        let triple: @Sendable (Substring) -> Int = { $0.count * 3 }
        #expect(snippetLines("ab: c", column: 5, width: triple)[1] == String(repeating: " ", count: 12) + "^")
    }

    @Test func rightToLeftTextIsPrintedAsIs() {
        let lines = snippetLines("t: \"مرحبا\" x", column: 12, endColumn: 13)
        #expect(lines[0] == "t: \"مرحبا\" x")
        #expect(lines[1] == String(repeating: " ", count: 11) + "^")
    }

    @Test func columnPastTheEndOfTheLinePointsJustAfterIt() {
        #expect(snippetLines("ab", column: 9)[1] == "  ^")
    }

    @Test func longLinesAreCutAroundTheCaret() {
        let text = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
        let lines = snippetLines(text, column: 301, endColumn: 302, maxWidth: 60)
        #expect(lines[0].hasPrefix("…") && lines[0].hasSuffix("…"))
        #expect(lines[0].count <= 62)
        let caret = lines[1].firstIndex(of: "^").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        #expect(caret.map { Array(lines[0])[$0] } == "X")
    }

    @Test func aLongLineWithTheCaretNearItsEndKeepsItsEnd() {
        let text = String(repeating: "a", count: 200) + "X"
        let lines = snippetLines(text, column: 201, maxWidth: 40)
        #expect(lines[0].hasPrefix("…") && lines[0].hasSuffix("X"))
        #expect(lines[1].hasSuffix("^") && lines[1].count == lines[0].count)
    }
}
