import Foundation

/// Where OpenAI's `o200k_base.tiktoken` rank file is looked for, in order:
/// 1. the path the caller passes (`--o200k PATH`, once the CLI has it),
/// 2. the environment variable `BRANDC_O200K`,
/// 3. the per-user cache, `$XDG_CACHE_HOME/brandc/tokenizers/o200k_base.tiktoken`, or
///    `~/.cache/brandc/tokenizers/…` when `XDG_CACHE_HOME` is unset or relative
///    (`scripts/tokens/o200k/fetch_vocab.py` writes it there).
///
/// The same rules as `TokenizerLocator`: a path that was asked for but does not exist is
/// reported, never silently replaced by the next candidate.
public struct O200kVocabularyLocator: Sendable {
    public static let fileName = "o200k_base.tiktoken"
    public static let environmentVariable = "BRANDC_O200K"

    /// Which rule a path came from.
    public enum Source: String, Sendable, Hashable {
        case commandLine = "--o200k"
        case environment = "BRANDC_O200K"
        case userCache = "user cache"
    }

    /// The outcome of a search.
    public enum Location: Sendable, Hashable {
        case found(path: String, source: Source)
        /// A path was given explicitly but no file is there: an error, not a fall-back.
        case missing(path: String, source: Source)
        /// Nothing given and nothing cached: the caller estimates.
        case notFound(searched: [String])
    }

    public var environment: [String: String]
    public var fileExists: @Sendable (String) -> Bool

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        fileExists: @escaping @Sendable (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) {
        self.environment = environment
        self.fileExists = fileExists
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
            .appendingPathComponent(Self.fileName)
    }

    public func locate(explicitPath: String?) -> Location {
        if let explicitPath, !explicitPath.isEmpty {
            return fileExists(explicitPath)
                ? .found(path: explicitPath, source: .commandLine) : .missing(path: explicitPath, source: .commandLine)
        }
        if let fromEnvironment = environment[Self.environmentVariable], !fromEnvironment.isEmpty {
            return fileExists(fromEnvironment)
                ? .found(path: fromEnvironment, source: .environment)
                : .missing(path: fromEnvironment, source: .environment)
        }
        guard let cached = userCachePath else { return .notFound(searched: []) }
        return fileExists(cached) ? .found(path: cached, source: .userCache) : .notFound(searched: [cached])
    }
}
