import ArgumentParser
import BrandDriver
import BrandReporters
import Foundation

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check brand guides, _brand.yml files, products and templates; report every problem.",
        discussion: """
            Folders are searched for .yaml, .yml and .mustache files. Each problem is reported as file:line:column with a code; 'brandc explain CODE' says more about a code, and brandc.yaml can turn a rule off or change its severity.
            """)

    @Argument(help: ArgumentHelp("Files or folders to lint.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("Brand guide that products and templates are checked against.", valueName: "path"))
    var brand: String?

    @Option(help: "Output format: human, json, sarif (SARIF 2.1.0) or github (Actions annotations).")
    var format: DiagnosticFormat = .human

    @Option(help: ArgumentHelp(
        "Also append a Markdown summary (counts and a table) to this file, e.g. $GITHUB_STEP_SUMMARY.", valueName: "file"))
    var summary: String?

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let (driver, configProblems) = global.makeDriver()
        let diagnostics = configProblems + driver.lint(paths, brand: brand)
        let output = DiagnosticOutput(format: format, strict: strict)
        output.emit(diagnostics, to: .standardOutput)
        if let summary { try SummaryFile.append(MarkdownSummaryRenderer().render(diagnostics, context: RenderContext(files: [])), to: summary) }
        throw output.exitCode(for: diagnostics)
    }
}
