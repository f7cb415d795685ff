import ArgumentParser
import BrandDiagnostics
import BrandDriver
import BrandModel
import BrandYAML
import Foundation

/// Options every subcommand that reads YAML shares: the project configuration and loader limits.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "Project configuration with rule severities and limits (default: brandc.yaml when it exists; a file named here must be readable).",
        valueName: "path"))
    var configPath: String?

    @Option(help: ArgumentHelp(
        "A model registry laid over the built-in one (also 'registry:' in brandc.yaml).", valueName: "path"))
    var registry: String?

    @Option(help: "Deepest YAML nesting accepted (default 256; also 'limits.max-depth' in brandc.yaml).")
    var maxDepth: Int?

    @Option(help: "Largest input file in bytes (default 268435456).")
    var maxFileBytes: Int?

    @Option(help: "Largest single YAML scalar in bytes (default 16777216).")
    var maxScalarBytes: Int?

    @Option(help: "Most nodes YAML aliases may add to a document (default 100000).")
    var maxAliasExpansion: Int?

    /// The driver configured from `brandc.yaml` and the flags (flags win), and the config's own problems.
    /// A `--config` file that cannot be read ends the run with exit 2 before anything runs on defaults.
    func makeDriver() -> (Driver, [BrandDiagnostics.Diagnostic]) {
        var (config, problems) = Driver.loadConfig(configPath ?? "brandc.yaml", required: configPath != nil)
        let output = DiagnosticOutput()
        if configPath != nil, output.exitCode(for: problems).rawValue == 2 {
            output.emit(problems, to: .standardError)
            Self.exit(withError: ExitCode(2))
        }
        if let maxDepth { config.limits.maxDepth = maxDepth }
        if let maxFileBytes { config.limits.maxFileBytes = maxFileBytes }
        if let maxScalarBytes { config.limits.maxScalarBytes = maxScalarBytes }
        if let maxAliasExpansion { config.limits.maxAliasExpansion = maxAliasExpansion }
        var driver = Driver(config: config)
        if let path = registry ?? config.registryPath?.value {
            let (loaded, registryProblems) = Driver.loadRegistry(path)
            driver.registry = loaded
            problems += registryProblems
        }
        return (driver, problems)
    }
}
