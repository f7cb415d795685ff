import ArgumentParser
import BrandLSP
import Foundation

struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17) on standard input and output, for editors.",
        discussion: """
            Diagnostics (the same as lint) on open, change and save; hover; completion; quick fixes; go to \
            definition; document symbols; colour swatches. Editors start it themselves: see docs/editor.md for \
            VS Code, Neovim and Zed. The client may pass {"brand": "brands/kumo/brand.yaml"} as initialization \
            options: the guide products and templates are checked against.
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let (driver, _) = global.makeDriver()
        var server = LanguageServer(driver: driver)
        throw ExitCode(StdioServer.run(&server))
    }
}
