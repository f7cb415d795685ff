import ArgumentParser
import BrandDriver
import BrandReporters
import Foundation

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how brandc reads a YAML file: the loaded tree as JSON, one line per document.",
        discussion: """
            Mappings become objects (keys in source order), sequences arrays, scalars their YAML 1.2 core-schema values; aliases and merge keys are expanded. Exits 1 with a diagnostic on any YAML error.
            """)

    @Argument(help: ArgumentHelp("The YAML file.", valueName: "path"))
    var path: String

    @Flag(help: "Print JSON (the default and, for now, the only form).")
    var json = false

    @Flag(help: "Wrap every value with its line, column and byte offset.")
    var marks = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let (driver, configProblems) = global.makeDriver()
        let result = driver.inspect(path, marks: marks)
        let diagnostics = configProblems + result.diagnostics
        let output = DiagnosticOutput()
        if !diagnostics.isEmpty { output.emit(diagnostics, to: .standardError) }
        FileHandle.standardOutput.write(Data(result.json.utf8))
        throw output.exitCode(for: diagnostics)
    }
}
