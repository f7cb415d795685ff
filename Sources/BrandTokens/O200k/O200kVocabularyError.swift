public import BrandDiagnostics

/// Why an `o200k_base.tiktoken` rank file could not be loaded. Each case maps to one diagnostic code.
public enum O200kVocabularyError: VocabularyLoadError, Hashable, Sendable {
    /// The file could not be read (missing, a directory, no permission).
    case unreadable(path: String, reason: String)
    /// A line is not `base64(bytes) rank`, or the last line is cut off.
    case malformed(line: Int, reason: String)
    /// Well-formed, but fewer ranks than `o200k_base` has: a partial download or copy.
    case truncated(ranks: Int, expected: Int)
    /// Well-formed, but not a usable `o200k_base` vocabulary (duplicates, gaps in the ranks,
    /// missing single bytes, or known tokens at the wrong rank: another encoding's file).
    case invalidVocabulary(String)

    /// The diagnostic code this error is reported under.
    public var code: DiagnosticCode {
        switch self {
        case .unreadable: .tokenizerUnreadable
        case .malformed, .truncated: .tokenizerMalformed
        case .invalidVocabulary: .tokenizerInvalidVocabulary
        }
    }

    /// A one-line explanation for the user.
    public var message: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read the o200k_base vocabulary '\(path)': \(reason)"
        case .malformed(let line, let reason):
            "the o200k_base vocabulary is not a tiktoken rank file (line \(line): \(reason))"
        case .truncated(let ranks, let expected):
            "the o200k_base vocabulary is truncated: \(ranks) ranks, expected \(expected)"
        case .invalidVocabulary(let detail): "invalid o200k_base vocabulary: \(detail)"
        }
    }

    /// What to do about a file that does not load.
    public static var fix: String {
        "reinstall OpenAI's o200k_base.tiktoken (sha256 446a9538…1a2d) with \(VocabularyLocator.Vocabulary.o200k.installCommand), "
            + "or remove the option to use the conservative estimate"
    }
}

