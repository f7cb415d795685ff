public import BrandDiagnostics

extension DiagnosticCode {
    public static let tokenizerUnreadable = DiagnosticCode(
        "TK001", name: "tokenizer-unreadable", summary: "The tokenizer model file could not be read.",
        severity: .error)
    public static let tokenizerMalformed = DiagnosticCode(
        "TK002", name: "tokenizer-malformed",
        summary: "The tokenizer file is truncated or malformed.", severity: .error)
    public static let tokenizerUnsupported = DiagnosticCode(
        "TK003", name: "tokenizer-unsupported",
        summary: "The SentencePiece model uses a model type or normalizer that brandc does not implement.",
        severity: .error)
    public static let tokenizerInvalidVocabulary = DiagnosticCode(
        "TK004", name: "tokenizer-invalid-vocabulary",
        summary: "The SentencePiece vocabulary is inconsistent (duplicate or empty pieces, no <unk>, missing byte pieces).",
        severity: .error)
    public static let tokenizerNotFound = DiagnosticCode(
        "TK005", name: "tokenizer-not-found",
        summary: "No tokenizer model file was found; token counts are estimates.", severity: .note)
    public static let tokenCountEstimated = DiagnosticCode(
        "TK006", name: "token-count-estimated",
        summary: "A token count is a conservative estimate, not an exact count.", severity: .note)
}

/// The diagnostic codes the token-counting module reports.
public enum TokenDiagnostics {
    public static let all: [DiagnosticCode] = [
        .tokenizerUnreadable, .tokenizerMalformed, .tokenizerUnsupported, .tokenizerInvalidVocabulary,
        .tokenizerNotFound, .tokenCountEstimated,
    ]
}
