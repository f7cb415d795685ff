import ArgumentParser
import BrandDriver
import Foundation

struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the model registry: routes, limits, image options, capabilities and prices.",
        discussion: "KEY VARIABLE is the environment variable 'build' reads the route's API key from (--key-env overrides it), BASE URL where it sends (--base-url overrides it); BATCH says whether 'build --target gemini-batch' takes the route. The built-in registry (registry/models.yaml in the source) can be extended or overridden with --registry or 'registry:' in brandc.yaml; entries with the same name replace the built-in ones.")

    @Flag(help: "Print the registry as JSON (one object per route, every column a value) instead of a table.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let (driver, problems) = global.makeDriver()
        let output = DiagnosticOutput()
        if !problems.isEmpty { output.emit(problems, to: .standardError) }
        print(json ? try RegistryTable.json(driver.registry) : RegistryTable.text(driver.registry), terminator: "")
        throw output.exitCode(for: problems)
    }
}
