import ArgumentParser
import BrandDriver
import BrandDiagnostics
import BrandReporters
import Foundation

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how brandc reads a YAML file, or the text blocks a template makes.",
        discussion: """
            With a file: the loaded tree as JSON, one line per document. Mappings become objects (keys in source order), sequences arrays, scalars their YAML 1.2 core-schema values; aliases and merge keys are expanded. Exits 1 with a diagnostic on any YAML error.

            With --brand and --template (and optionally --product and --locale): the i18n text blocks the prompt will carry, with their script, direction, font and length.
            """)

    @Argument(help: ArgumentHelp("The YAML file.", valueName: "path"))
    var path: String?

    @Flag(help: "Print JSON: the tree, or one text block per line.")
    var json = false

    @Flag(help: "Wrap every value of the tree with its line, column and byte offset.")
    var marks = false

    @Option(help: ArgumentHelp("Brand guide, to inspect text blocks.", valueName: "path"))
    var brand: String?

    @Option(help: ArgumentHelp("Template, to inspect text blocks.", valueName: "path"))
    var template: String?

    @Option(name: .customLong("product"), help: ArgumentHelp("A product; repeat for several.", valueName: "path"))
    var products: [String] = []

    @Option(help: ArgumentHelp("BCP 47 locale of the copy.", valueName: "tag"))
    var locale: String?

    @OptionGroup var budget: BudgetOptionGroup
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if (brand == nil) != (template == nil) {
            throw ValidationError("--brand and --template go together")
        }
        if (path == nil) == (brand == nil) {
            throw ValidationError("give either a YAML file, or --brand and --template")
        }
    }

    func run() throws {
        var (driver, configProblems) = global.makeDriver()
        budget.apply(to: &driver)
        let output: String
        let diagnostics: [BrandDiagnostics.Diagnostic]
        if let brand, let template {
            let job = CompileJob(brand: brand, template: template, products: products, locale: locale, outputDirectory: "")
            let result = driver.assemble(job)
            output = json ? TextBlockReport.jsonLines(result.prompts) : TextBlockReport.text(result.prompts)
            diagnostics = configProblems + result.diagnostics
        } else {
            let result = driver.inspect(path ?? "", marks: marks)
            output = result.json
            diagnostics = configProblems + result.diagnostics
        }
        let reporter = DiagnosticOutput()
        if !diagnostics.isEmpty { reporter.emit(diagnostics, to: .standardError) }
        StandardStream.write(output, to: .standardOutput)
        throw reporter.exitCode(for: diagnostics)
    }
}
