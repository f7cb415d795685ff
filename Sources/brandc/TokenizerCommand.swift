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
            abstract: "Download a tokenizer into the per-user cache, checking its SHA-256 before it is put in place.",
            discussion: """
                'gemini' fetches Google's Gemma 3 SentencePiece model (gemma3_cleaned_262144_v2.spiece.model from google/gemma_pytorch, the file Google's SDKs count Gemini tokens with) into the user cache, where compile, budget and tokens find it.
                """)

        @Argument(help: "Which tokenizer: gemini.")
        var name: String

        @Option(help: ArgumentHelp("Download from this URL instead of the published one (same SHA-256 required).", valueName: "url"))
        var url: String?

        @Flag(name: .customLong("allow-http"), help: "Allow a plain HTTP --url to a host other than loopback.")
        var allowHTTP = false

        func validate() throws {
            guard name == "gemini" else { throw ValidationError("unknown tokenizer '\(name)'; known: gemini") }
        }

        func run() async throws {
            let (source, allowHTTP) = (url ?? TokenizerInstall.geminiURL, self.allowHTTP)
            let result = await outcome { try await TokenizerInstall.installGemini(from: source, allowsPlainHTTP: allowHTTP) }
            switch result {
            case .success(let path): print("installed \(path)")
            case .failure(let error):
                StandardStream.write("error: \(error)\n", to: .standardError)
                throw ExitCode(error is TokenizerInstall.Failure ? 1 : 2)
            }
        }
    }
}
