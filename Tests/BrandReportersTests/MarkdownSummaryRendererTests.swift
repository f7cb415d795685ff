import BrandDiagnostics
@testable import BrandReporters
import Testing

@Suite struct MarkdownSummaryRendererTests {
    let code = DiagnosticCode("B001", name: "unknown-colour", summary: "s", severity: .error)

    func at(_ file: String, line: Int, column: Int) -> BrandDiagnostics.SourceLocation {
        BrandDiagnostics.SourceLocation(file: file, range: SourceRange(at: SourcePosition(offset: 0, line: line, column: column)))
    }

    @Test func cleanRunSaysSo() {
        let text = MarkdownSummaryRenderer().render([], context: RenderContext(files: []))
        #expect(text == "### brandc lint: 0 errors, 0 warnings, 0 notes\n\nNo problems found.\n")
    }

    @Test func oneRowPerDiagnosticWithCounts() {
        let diagnostics = [
            Diagnostic(code, "'teal' is not a colour", at: at("brands/a.yaml", line: 3, column: 10)),
            Diagnostic(code, "file-level", at: SourceLocation(file: "b.yaml"), severity: .warning),
            Diagnostic(code, "nowhere", at: nil, severity: .note),
        ]
        let text = MarkdownSummaryRenderer().render(diagnostics, context: RenderContext(files: []))
        #expect(text == """
            ### brandc lint: 1 error, 1 warning, 1 note

            | severity | location | code | message |
            |---|---|---|---|
            | error | `brands/a.yaml:3:10` | B001 unknown-colour | 'teal' is not a colour |
            | warning | `b.yaml` | B001 unknown-colour | file-level |
            | note |  | B001 unknown-colour | nowhere |

            """)
    }

    @Test func cellsCannotBreakTheTableOrBecomeMarkup() {
        let hostile = Diagnostic(code, "a | b\n`c` <img src=x>", at: at("we|ird`.yaml", line: 1, column: 1))
        let row = MarkdownSummaryRenderer().render([hostile], context: RenderContext(files: [])).split(separator: "\n").last ?? ""
        #expect(row == "| error | `we\\|ird'.yaml:1:1` | B001 unknown-colour | a \\| b<br>\\`c\\` &lt;img src=x&gt; |")
    }

    @Test func longRunsAreCut() {
        let many = (0..<5).map { Diagnostic(code, "m\($0)", at: nil) }
        let text = MarkdownSummaryRenderer(maxRows: 2).render(many, context: RenderContext(files: []))
        #expect(text.contains("| m1 |") && !text.contains("| m2 |"))
        #expect(text.hasSuffix("… and 3 more (see the SARIF results or the full log).\n"))
    }
}
