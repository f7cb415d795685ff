import ArgumentParser
import BrandDriver
import Foundation

struct TokenizerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenizer",
        abstract: "Manage the vocabularies exact token counts need.",
        subcommands: [Install.self])

    struct Install: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install",
            abstract: "Install a tokenizer into the per-user cache, checking its SHA-256 before it is put in place.",
            discussion: """
                'gemini' is Google's Gemma 3 SentencePiece model (gemma3_cleaned_262144_v2.spiece.model from google/gemma_pytorch, the file Google's SDKs count Gemini tokens with); 'o200k' is OpenAI's o200k_base.tiktoken (GPT Image routes). Both go to $XDG_CACHE_HOME/brandc/tokenizers (or ~/.cache/brandc/tokenizers), where compile, budget and tokens find them.
                On a machine without internet access, copy the file over and install it with --from PATH: the same hash is required.
                Exit status: 0 installed, 1 the file was not the expected one (nothing installed), 2 it could not be fetched, read or written.
                """)

        @Argument(help: ArgumentHelp("Which tokenizer: \(TokenizerInstall.Tokenizer.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("Download from this URL instead of the published one (same SHA-256 required).", valueName: "url"))
        var url: String?

        @Option(help: ArgumentHelp("Install a copy already on this machine instead of downloading (same SHA-256 required).", valueName: "path"))
        var from: String?

        @Flag(name: .customLong("allow-http"), help: "Allow a plain HTTP --url to a host other than loopback.")
        var allowHTTP = false

        func validate() throws {
            guard TokenizerInstall.Tokenizer(rawValue: name) != nil else {
                let known = TokenizerInstall.Tokenizer.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown tokenizer '\(name)'; known: \(known)")
            }
            if url != nil, from != nil { throw ValidationError("--url and --from name two sources; give one") }
        }

        func run() async throws {
            guard let tokenizer = TokenizerInstall.Tokenizer(rawValue: name) else { throw ExitCode(2) }
            let (url, from, allowHTTP) = (url, from, allowHTTP)
            let result = await outcome {
                if let from { return try TokenizerInstall.install(tokenizer, copying: from) }
                return try await TokenizerInstall.install(tokenizer, from: url, allowsPlainHTTP: allowHTTP)
            }
            switch result {
            case .success(let path): print("installed \(path)")
            case .failure(let error):
                StandardStream.write("error: \(error)\n", to: .standardError)
                throw ExitCode((error as? TokenizerInstall.Failure)?.exitStatus ?? 2)
            }
        }
    }
}
