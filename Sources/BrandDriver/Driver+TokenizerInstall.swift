import Foundation
import BrandNetwork
import BrandTokens

/// `brandc tokenizer install gemini`: Google's Gemma 3 SentencePiece model, verified, into the cache.
public enum TokenizerInstall {
    /// The file Google's SDKs download to count Gemini tokens (pinned commit of google/gemma_pytorch).
    public static let geminiURL = "https://raw.githubusercontent.com/google/gemma_pytorch/014acb7ac4563a5f77c76d7ff98f31b568c16508/tokenizer/gemma3_cleaned_262144_v2.spiece.model"
    public static let geminiSHA256 = "1299c11d7cf632ef3b4e11937501358ada021bbdf7c47638d13c0ee982f2e79c"

    public enum Failure: Error, CustomStringConvertible {
        case noCacheFolder
        case download(String)

        public var description: String {
            switch self {
            case .noCacheFolder: "no user cache folder: set XDG_CACHE_HOME or HOME"
            case .download(let detail): "tokenizer not installed: \(detail)"
            }
        }
    }

    /// Downloads `url` into the user cache when its SHA-256 matches; returns the installed path.
    public static func installGemini(
        from url: String = geminiURL, allowsPlainHTTP: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> String {
        guard let path = VocabularyLocator(.gemini, environment: environment).userCachePath else { throw Failure.noCacheFolder }
        do {
            try await sending(over: HTTPTransport(connectTimeout: 10)) {
                try await VerifiedDownload.fetch(url, sha256: geminiSHA256, to: URL(fileURLWithPath: path),
                                                 allowsPlainHTTP: allowsPlainHTTP, transport: $0)
            }
        } catch let failure as VerifiedDownload.Failure {
            throw Failure.download(failure.description)
        } catch {
            throw Failure.download("\(error)")
        }
        return path
    }
}
