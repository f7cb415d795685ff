import Foundation

/// Where a vocabulary file is looked for, in order:
/// 1. the path the caller passes (`--tokenizer PATH` for Gemini, `--o200k PATH` for OpenAI),
/// 2. the vocabulary's environment variable (`BRANDC_TOKENIZER`, `BRANDC_O200K`),
/// 3. the per-user cache, `$XDG_CACHE_HOME/brandc/tokenizers/<file>`, or
///    `~/.cache/brandc/tokenizers/<file>` when `XDG_CACHE_HOME` is unset or relative.
///
/// A path that was asked for but does not exist is reported, never silently replaced by the next
/// candidate. The environment and the file system come in as values so tests can give their own.
public struct VocabularyLocator: Sendable {
    /// A vocabulary brandc can count with: its file name, environment variable and option, and
    /// the words messages use for it.
    public struct Vocabulary: Sendable, Hashable {
        public var fileName: String
        public var environmentVariable: String
        public var option: String
        /// What messages call the file: `tokenizer model`, `o200k_base vocabulary`.
        public var description: String
        /// Whose token counts it gives: `Gemini`, `OpenAI`.
        public var counts: String
        /// Its name for `brandc tokenizer install NAME`.
        public var installName: String

        /// Google's Gemma 3 SentencePiece model, with which its SDKs count Gemini tokens.
        public static let gemini = Vocabulary(
            fileName: "gemini-gemma3-262k.spm.model", environmentVariable: "BRANDC_TOKENIZER", option: "--tokenizer",
            description: "tokenizer model", counts: "Gemini", installName: "gemini")
        /// OpenAI's `o200k_base` rank file (`brandc tokenizer install o200k` puts it in the cache).
        public static let o200k = Vocabulary(
            fileName: "o200k_base.tiktoken", environmentVariable: "BRANDC_O200K", option: "--o200k",
            description: "o200k_base vocabulary", counts: "OpenAI", installName: "o200k")

        /// The command that installs it, online and offline.
        public var installCommand: String {
            "`brandc tokenizer install \(installName)` (offline: `brandc tokenizer install \(installName) --from PATH`)"
        }

        /// What to do when no file is found (`TK005`'s fix).
        public var installHint: String {
            "run \(installCommand), pass \(option) PATH, or set \(environmentVariable) to its path (\(fileName))"
        }
    }

    /// Which rule a path came from.
    public enum Source: Sendable, Hashable {
        case commandLine
        case environment
        case userCache
    }

    /// The outcome of a search.
    public enum Location: Sendable, Hashable {
        case found(path: String, source: Source)
        /// A path was given explicitly but no file is there: an error, not a fall-back.
        case missing(path: String, source: Source)
        /// Nothing given and nothing cached: the caller estimates.
        case notFound(searched: [String])
    }

    public var vocabulary: Vocabulary
    public var environment: [String: String]
    public var fileExists: @Sendable (String) -> Bool

    public init(
        _ vocabulary: Vocabulary,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        fileExists: @escaping @Sendable (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) {
        self.vocabulary = vocabulary
        self.environment = environment
        self.fileExists = fileExists
    }

    /// How messages name a source: `--tokenizer`, `BRANDC_TOKENIZER`, `user cache`.
    public func describe(_ source: Source) -> String {
        switch source {
        case .commandLine: vocabulary.option
        case .environment: vocabulary.environmentVariable
        case .userCache: "user cache"
        }
    }

    /// The per-user cache path, or `nil` when neither `XDG_CACHE_HOME` nor `HOME` is usable.
    public var userCachePath: String? {
        let folder: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            folder = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            folder = (home as NSString).appendingPathComponent(".cache")
        } else {
            return nil
        }
        return ((folder as NSString).appendingPathComponent("brandc/tokenizers") as NSString)
            .appendingPathComponent(vocabulary.fileName)
    }

    public func locate(explicitPath: String?) -> Location {
        if let explicitPath, !explicitPath.isEmpty {
            return fileExists(explicitPath)
                ? .found(path: explicitPath, source: .commandLine) : .missing(path: explicitPath, source: .commandLine)
        }
        if let fromEnvironment = environment[vocabulary.environmentVariable], !fromEnvironment.isEmpty {
            return fileExists(fromEnvironment)
                ? .found(path: fromEnvironment, source: .environment)
                : .missing(path: fromEnvironment, source: .environment)
        }
        guard let cached = userCachePath else { return .notFound(searched: []) }
        return fileExists(cached) ? .found(path: cached, source: .userCache) : .notFound(searched: [cached])
    }
}
