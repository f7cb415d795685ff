import BrandDiagnostics
@testable import BrandReporters
import Testing

/// The escaping rules of `@actions/core` `command.ts`: data escapes `%`, CR, LF; properties also `:` and `,`.
@Suite struct GitHubActionsRendererTests {
    @Test func dataEscapesPercentAndLineBreaksOnly() {
        #expect(WorkflowCommandEscaping.escapeData("50% a:b, c\r\nd") == "50%25 a:b, c%0D%0Ad")
        #expect(WorkflowCommandEscaping.escapeData("%0A") == "%250A")
    }

    @Test func propertiesAlsoEscapeColonAndComma() {
        #expect(WorkflowCommandEscaping.escapeProperty("a:b,c%d\re\nf") == "a%3Ab%2Cc%25d%0De%0Af")
        #expect(WorkflowCommandEscaping.escapeProperty("日本 x") == "日本 x")
    }

    @Test func commandDropsEmptyPropertiesAndKeepsOrder() {
        let command = WorkflowCommandEscaping.command("warning", properties: [("file", "a,b.yaml"), ("line", ""), ("title", "T1 x")], message: "m")
        #expect(command == "::warning file=a%2Cb.yaml,title=T1 x::m")
        #expect(WorkflowCommandEscaping.command("notice", properties: [], message: "m") == "::notice::m")
    }

    @Test func severitiesMapToCommands() {
        let code = DiagnosticCode("T1", name: "t-one", summary: "s", severity: .error)
        let renderer = GitHubActionsRenderer()
        #expect(renderer.command(for: Diagnostic(code, "m", at: nil)) == "::error title=T1 t-one::m")
        #expect(renderer.command(for: Diagnostic(code, "m", at: nil, severity: .warning)).hasPrefix("::warning "))
        #expect(renderer.command(for: Diagnostic(code, "m", at: nil, severity: .note)).hasPrefix("::notice "))
    }

    @Test func notesAreFoldedIntoTheMessage() {
        let code = DiagnosticCode("T1", name: "t-one", summary: "s", severity: .error)
        let here = SourcePosition(offset: 4, line: 2, column: 1)
        let diagnostic = Diagnostic(
            code, "m", at: SourceLocation(file: "a.yaml"),
            notes: [DiagnosticNote("first: here", at: SourceLocation(file: "b.yaml", range: SourceRange(at: here)))])
        #expect(GitHubActionsRenderer().command(for: diagnostic) == "::error file=a.yaml,title=T1 t-one::m%0Anote: b.yaml:2:1: first: here")
    }
}
