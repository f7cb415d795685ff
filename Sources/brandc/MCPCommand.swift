import ArgumentParser
import BrandMCP
import Foundation

struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Run the Model Context Protocol server on standard input and output, for AI agents.",
        discussion: """
            Tools: lint, compile, budget, tokens, route, explain, models, each the same as the command of that \
            name, with structured results. Resources: the guides, templates and products of the working folder \
            and brandc's JSON Schemas. Prompt: on-brand-request. Paths stay inside the working folder; no key \
            is ever returned. See docs/editor.md for Claude Desktop, Claude Code, Cursor and VS Code set-up.
            """)

    @Option(help: ArgumentHelp("The working folder tools and resources are confined to (default: the current folder).", valueName: "folder"))
    var root: String = "."

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        let (driver, _) = global.makeDriver()
        let tools = BrandTools(driver: driver, workspace: Workspace(root: root))
        if case .failure(let error) = await outcome(of: { try await BrandMCPServer.runStdio(tools: tools) }) {
            StandardStream.write("brandc mcp: \(error)\n", to: .standardError)
            throw ExitCode(1)
        }
    }
}
