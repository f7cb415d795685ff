import ArgumentParser
import BrandDiagnostics
import BrandDriver
import Foundation

struct TokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Count the tokens of text files (or standard input) the way a route's model counts them.",
        discussion: "Gemini routes count exactly with Google's SentencePiece vocabulary when it is found (--tokenizer, $BRANDC_TOKENIZER, or the user cache), OpenAI routes with o200k_base (--o200k, $BRANDC_O200K, or the user cache; `brandc tokenizer install o200k` puts it there, with --from PATH on a machine without internet access); otherwise a conservative estimate counts. The METHOD column says which; see docs/tokens.md.")

    @Argument(help: ArgumentHelp("Text files; '-' reads standard input.", valueName: "file"))
    var files: [String] = ["-"]

    @Option(help: ArgumentHelp("Count for this registry route (see 'brandc models').", valueName: "name"))
    var route: String?

    @Option(help: ArgumentHelp("Count for this model (id or alias).", valueName: "id"))
    var model: String?

    @Option(help: ArgumentHelp("SentencePiece model for exact Gemini counts.", valueName: "path"))
    var tokenizer: String?

    @Option(name: .customLong("o200k"), help: ArgumentHelp("o200k_base.tiktoken for exact OpenAI counts.", valueName: "path"))
    var o200k: String?

    @OptionGroup var provider: ProviderCountOptions

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if route != nil, model != nil { throw ValidationError("give --route or --model, not both") }
    }

    func run() async throws {
        var (driver, problems) = global.makeDriver()
        driver.tokenizer = .locate(explicitPath: tokenizer, o200kPath: o200k)
        var inputs: [(name: String, text: String)] = []
        for file in files {
            if file == "-" {
                inputs.append(("-", String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)))
            } else if let data = FileManager.default.contents(atPath: file) {
                inputs.append((file, String(decoding: data, as: UTF8.self)))
            } else {
                StandardStream.write("error: cannot read '\(file)'\n", to: .standardError)
                throw ExitCode(2)
            }
        }
        let result: (rows: [TokenCountRow], diagnostics: [BrandDiagnostics.Diagnostic])
        if provider.exact {
            let network = provider.network
            let (frozenDriver, frozenInputs, frozenRoute, frozenNetwork) = (driver, inputs, route, network)
            switch await outcome(of: {
                await frozenDriver.countTokensWithProvider(frozenInputs, route: frozenRoute, network: frozenNetwork)
            }) {
            case .success(let counted): result = counted
            case .failure(let error):
                StandardStream.write("error: \(error)\n", to: .standardError)
                throw ExitCode(1)
            }
        } else {
            result = driver.countTokens(inputs, route: route, model: model)
        }
        let diagnostics = problems + result.diagnostics
        let output = DiagnosticOutput()
        if !diagnostics.isEmpty { output.emit(diagnostics, to: .standardError) }
        print(json ? try TokenCountReport.json(result.rows) : TokenCountReport.text(result.rows), terminator: "")
        throw output.exitCode(for: diagnostics)
    }
}
