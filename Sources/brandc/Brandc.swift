import ArgumentParser
import Foundation

/// The `brandc` command: a brand style-guide prompt compiler.
struct Brandc: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "brandc",
        abstract: "Compile YAML brand guides, product data and prompt templates into image-generation requests.",
        discussion: """
            Typical use:
              brandc lint brands products templates
              brandc compile --brand brands/kumo/brand.yaml \\
                --template templates/campaign-hero.mustache \\
                --product products/kumo/sencha-tin.yaml --locale ja --out out

            Exit status: 0 when clean, 1 when errors were found (or warnings, with --strict), 2 for a usage or I/O problem.
            """,
        version: version,
        subcommands: [
            LintCommand.self, CompileCommand.self, BuildCommand.self, EditCommand.self, CheckCommand.self, BudgetCommand.self, InspectCommand.self,
            ModelsCommand.self, ReportCommand.self, WatchCommand.self,
            RouteCommand.self, TokensCommand.self, TokenizerCommand.self, ExplainCommand.self,
            SchemaCommand.self, LSPCommand.self, MCPCommand.self,
        ])
}

@main
enum BrandcMain {
    static func main() async {
        do {
            var command = try Brandc.parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = Brandc.exitCode(for: error)
            let message = Brandc.fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            StandardStream.write(message + "\n", to: .standardError)
            Foundation.exit(2)
        }
    }
}
