import ArgumentParser
import BrandDriver
import Foundation

struct TokenizerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenizer",
        abstract: "Manage the vocabularies exact token counts need.",
        subcommands: [Install.self])

    struct Install: ParsableCommand {
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

        func run() throws {
            let (source, allowHTTP) = (url ?? TokenizerInstall.geminiURL, self.allowHTTP)
            let result = BlockingTask.run { try await TokenizerInstall.installGemini(from: source, allowsPlainHTTP: allowHTTP) }
            switch result {
            case .success(let path): print("installed \(path)")
            case .failure(let error):
                StandardStream.write("error: \(error)\n", to: .standardError)
                throw ExitCode(error is TokenizerInstall.Failure ? 1 : 2)
            }
        }
    }
}

/// Runs async work from a synchronous command and waits for it (the CLI's entry point is synchronous).
enum BlockingTask {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) -> Result<T, any Error> {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return box.get()
    }

    final class ResultBox<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<T, any Error> = .failure(CancellationError())

        func set(_ value: Result<T, any Error>) { lock.withLock { result = value } }
        func get() -> Result<T, any Error> { lock.withLock { result } }
    }
}
