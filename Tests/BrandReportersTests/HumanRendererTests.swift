import BrandDiagnostics
import BrandReporters
import Testing

@Suite struct HumanRendererTests {
    let code = DiagnosticCode("T1", name: "test-code", summary: "A test code.", severity: .error)

    func render(_ diagnostic: Diagnostic, files: [SourceFile], color: Bool = false) -> String {
        HumanRenderer().render([diagnostic], context: RenderContext(files: files, options: RenderOptions(useColor: color)))
    }

    func location(_ file: SourceFile, line: Int, column: Int, endColumn: Int) -> BrandDiagnostics.SourceLocation {
        SourceLocation(
            file: file.path,
            range: SourceRange(start: file.position(line: line, column: column), end: file.position(line: line, column: endColumn)))
    }

    @Test func headerShowsCodePointColumn() {
        let file = SourceFile(path: "g.yaml", text: "日本: bad\n")
        let output = render(Diagnostic(code, "oops", at: location(file, line: 1, column: 5, endColumn: 8)), files: [file])
        #expect(output.hasPrefix("g.yaml:1:5: error[T1]: oops\n 1 | 日本: bad\n"))
    }

    @Test func coloursOnlyWhenEnabled() {
        let file = SourceFile(path: "g.yaml", text: "a: b\n")
        let diagnostic = Diagnostic(code, "oops", at: location(file, line: 1, column: 4, endColumn: 5), severity: .warning)
        let plain = render(diagnostic, files: [file])
        let coloured = render(diagnostic, files: [file], color: true)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1;33mwarning[T1]:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;34m 1 |\u{1B}[0m a: b"))
        #expect(HumanRenderer.summaryLine(for: [diagnostic], useColor: true) == "\u{1B}[1m1 warning\u{1B}[0m")
        #expect(HumanRenderer.summaryLine(for: [diagnostic], useColor: false) == "1 warning")
    }

    @Test func lineBeyondTheFileShowsNoSource() {
        let file = SourceFile(path: "g.yaml", text: "a: b\n")
        let far = SourcePosition(offset: 99, line: 40, column: 3)
        let output = render(Diagnostic(code, "oops", at: SourceLocation(file: "g.yaml", range: SourceRange(at: far))), files: [file])
        #expect(output == "g.yaml:40:3: error[T1]: oops\n")
    }

    @Test func unknownFileShowsHeaderOnly() {
        let position = SourcePosition(offset: 0, line: 1, column: 1)
        let output = render(Diagnostic(code, "oops", at: SourceLocation(file: "x.yaml", range: SourceRange(at: position))), files: [])
        #expect(output == "x.yaml:1:1: error[T1]: oops\n")
    }

    @Test func invalidUTF8AndControlCharactersBecomeReplacementCharacters() {
        // "a: " then two invalid bytes, an ESC, then "b": b is the 7th code-point column as SourceFile counts.
        let file = SourceFile(path: "g.yaml", bytes: Array("a: ".utf8) + [0xFF, 0xFE, 0x1B] + Array("b\n".utf8))
        let output = render(Diagnostic(code, "oops", at: location(file, line: 1, column: 7, endColumn: 8)), files: [file])
        #expect(output.contains(" 1 | a: \u{FFFD}\u{FFFD}\u{FFFD}b\n   |       ^\n"))
        #expect(!output.contains("\u{1B}"))
    }

    @Test func fixSuggestionsDescribeTheEdit() {
        let file = SourceFile(path: "g.yaml", text: "colour: redd\n")
        let range = location(file, line: 1, column: 9, endColumn: 13)
        let empty = location(file, line: 1, column: 13, endColumn: 13)
        func suggestion(_ replacement: TextReplacement) -> Substring? {
            let diagnostic = Diagnostic(code, "m", at: range, fix: FixSuggestion("fix it", replacement: replacement))
            return render(diagnostic, files: [file]).split(separator: "\n").last
        }
        #expect(suggestion(TextReplacement(at: range, with: "red")) == "   = suggestion: replace `redd` with `red` at g.yaml:1:9")
        #expect(suggestion(TextReplacement(at: range, with: "")) == "   = suggestion: remove `redd` at g.yaml:1:9")
        #expect(suggestion(TextReplacement(at: empty, with: "\n")) == "   = suggestion: insert `\\n` at g.yaml:1:13")
    }

    @Test func summaryCountsEachSeverity() {
        let make = { (severity: Severity) in Diagnostic(self.code, "m", at: nil, severity: severity) }
        #expect(DiagnosticSummary(counting: [make(.error), make(.warning), make(.error)]).text == "2 errors, 1 warning")
        #expect(DiagnosticSummary(counting: [make(.note)]).text == "1 note")
        #expect(DiagnosticSummary(counting: []).text == "no problems")
    }
}

@Suite struct DiagnosticFormatTests {
    @Test func eachFormatHasItsRenderer() {
        #expect(DiagnosticFormat.human.renderer is HumanRenderer)
        #expect(DiagnosticFormat.json.renderer is JSONRenderer)
        #expect(DiagnosticFormat.sarif.renderer is SARIFRenderer)
        #expect(DiagnosticFormat.github.renderer is GitHubActionsRenderer)
        #expect(DiagnosticFormat.allCases.map(\.rawValue) == ["human", "json", "sarif", "github"])
    }
}
