import ArgumentParser
import BrandDriver
import Foundation

struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the model registry: routes, limits, image options, capabilities and prices.",
        discussion: "The built-in registry (registry/models.yaml in the source) can be extended or overridden with --registry or 'registry:' in brandc.yaml; entries with the same name replace the built-in ones.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let (driver, problems) = global.makeDriver()
        let output = DiagnosticOutput()
        if !problems.isEmpty { output.emit(problems, to: .standardError) }
        print(RegistryTable.text(driver.registry), terminator: "")
        throw output.exitCode(for: problems)
    }
}
