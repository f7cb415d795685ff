import Foundation
import BrandNetwork
import BrandTokens

/// `brandc tokenizer install NAME`: a vocabulary exact counts need, verified by its SHA-256 and put
/// in the user cache, where `compile`, `budget` and `tokens` find it.
public enum TokenizerInstall {
    /// A vocabulary brandc can install: where it is published and the hash it must have.
    public enum Tokenizer: String, CaseIterable, Sendable {
        /// Google's Gemma 3 SentencePiece model, the file Google's SDKs count Gemini tokens with
        /// (pinned commit of google/gemma_pytorch).
        case gemini
        /// OpenAI's `o200k_base` rank file, as tiktoken downloads it (GPT Image routes).
        case o200k

        public var url: String {
            switch self {
            case .gemini: "https://raw.githubusercontent.com/google/gemma_pytorch/014acb7ac4563a5f77c76d7ff98f31b568c16508/tokenizer/gemma3_cleaned_262144_v2.spiece.model"
            case .o200k: "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken"
            }
        }

        public var sha256: String {
            switch self {
            case .gemini: "1299c11d7cf632ef3b4e11937501358ada021bbdf7c47638d13c0ee982f2e79c"
            case .o200k: "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"
            }
        }

        var vocabulary: VocabularyLocator.Vocabulary {
            switch self {
            case .gemini: .gemini
            case .o200k: .o200k
            }
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case noCacheFolder
        case download(String)
        /// `--from` names a file that cannot be read.
        case unreadable(path: String)
        /// The bytes arrived but are not the expected file: nothing was installed.
        case wrongFile(String)

        /// Exit status 1 for a verdict on the file, 2 for a failure to fetch, read or write it.
        public var exitStatus: Int32 {
            if case .wrongFile = self { return 1 }
            return 2
        }

        public var description: String {
            switch self {
            case .noCacheFolder: "no user cache folder: set XDG_CACHE_HOME or HOME"
            case .download(let detail): "tokenizer not installed: \(detail)"
            case .unreadable(let path): "tokenizer not installed: cannot read \(path)"
            case .wrongFile(let detail): "tokenizer not installed: \(detail)"
            }
        }
    }

    /// Downloads `tokenizer` from `url` (its published address by default) into the user cache when
    /// its SHA-256 matches; returns the installed path.
    public static func install(
        _ tokenizer: Tokenizer, from url: String? = nil, allowsPlainHTTP: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> String {
        let path = try cachePath(of: tokenizer, environment: environment)
        do {
            try await sending(over: HTTPTransport(connectTimeout: 10)) {
                try await VerifiedDownload.fetch(url ?? tokenizer.url, sha256: tokenizer.sha256, to: URL(fileURLWithPath: path),
                                                 allowsPlainHTTP: allowsPlainHTTP, transport: $0)
            }
        } catch let failure as VerifiedDownload.Failure {
            throw Failure(failure)
        } catch {
            throw Failure.download("\(error)")
        }
        return path
    }

    /// Installs `tokenizer` from a copy already on this machine (an offline machine's way), with the
    /// same SHA-256 check; returns the installed path.
    public static func install(
        _ tokenizer: Tokenizer, copying file: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String {
        let path = try cachePath(of: tokenizer, environment: environment)
        guard FileManager.default.isReadableFile(atPath: file) else { throw Failure.unreadable(path: file) }
        do {
            try VerifiedDownload.copy(URL(fileURLWithPath: file), sha256: tokenizer.sha256, to: URL(fileURLWithPath: path))
        } catch let failure as VerifiedDownload.Failure {
            throw Failure(failure)
        } catch {
            throw Failure.download("\(error)")
        }
        return path
    }

    static func cachePath(of tokenizer: Tokenizer, environment: [String: String]) throws -> String {
        guard let path = VocabularyLocator(tokenizer.vocabulary, environment: environment).userCachePath else { throw Failure.noCacheFolder }
        return path
    }
}

extension TokenizerInstall.Failure {
    init(_ failure: VerifiedDownload.Failure) {
        if case .hashMismatch = failure { self = .wrongFile(failure.description) } else { self = .download(failure.description) }
    }
}
