public import BrandDiagnostics

/// Why a SentencePiece model could not be loaded. Each case maps to one diagnostic code.
public enum SentencePieceModelError: VocabularyLoadError, Hashable, Sendable {
    /// The file could not be read (missing, a directory, no permission).
    case unreadable(path: String, reason: String)
    /// The bytes are not a well-formed `ModelProto` (truncated, not protobuf, no pieces).
    case malformed(offset: Int, reason: String)
    /// A well-formed model whose type or options this encoder does not implement; counting with
    /// it would give wrong numbers.
    case unsupported(String)
    /// The vocabulary breaks SentencePiece's own load-time rules.
    case invalidVocabulary(String)

    /// The diagnostic code this error is reported under.
    public var code: DiagnosticCode {
        switch self {
        case .unreadable: .tokenizerUnreadable
        case .malformed: .tokenizerMalformed
        case .unsupported: .tokenizerUnsupported
        case .invalidVocabulary: .tokenizerInvalidVocabulary
        }
    }

    /// A one-line explanation for the user.
    public var message: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read the tokenizer model '\(path)': \(reason)"
        case .malformed(let offset, let reason):
            "the tokenizer file is not a valid SentencePiece model (at byte \(offset): \(reason))"
        case .unsupported(let detail): "unsupported SentencePiece model: \(detail)"
        case .invalidVocabulary(let detail): "invalid SentencePiece vocabulary: \(detail)"
        }
    }

    /// What to do about a file that does not load.
    public static var fix: String {
        "pass the Gemma 3 SentencePiece model (gemini-gemma3-262k.spm.model) with --tokenizer, "
            + "or remove the option to use the conservative estimate"
    }
}

