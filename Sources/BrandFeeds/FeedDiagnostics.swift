public import BrandDiagnostics

extension DiagnosticCode {
    public static let feedNotAFeed = DiagnosticCode(
        "F001", name: "feed-not-a-feed",
        summary: "The file is not a text product feed (a ZIP, a spreadsheet or other binary).", severity: .error)
    public static let feedMissingColumn = DiagnosticCode(
        "F002", name: "feed-missing-column", summary: "The feed has no column for a required product field.",
        severity: .error)
    public static let feedUnknownColumns = DiagnosticCode(
        "F003", name: "feed-unknown-columns", summary: "Columns the feed mapping does not use; they are ignored.",
        severity: .note)
    public static let feedMissingID = DiagnosticCode(
        "F004", name: "feed-missing-id", summary: "A feed row has no product id; the row is skipped.",
        severity: .error)
    public static let feedDuplicateID = DiagnosticCode(
        "F005", name: "feed-duplicate-id", summary: "A product id appears twice; the later row is skipped.",
        severity: .error)
    public static let feedBadPrice = DiagnosticCode(
        "F006", name: "feed-bad-price", summary: "A price is not a number with an optional ISO 4217 currency.",
        severity: .warning)
    public static let feedEmptyTitle = DiagnosticCode(
        "F007", name: "feed-empty-title", summary: "A product has no title.", severity: .warning)
    public static let feedBadRow = DiagnosticCode(
        "F008", name: "feed-bad-row",
        summary: "A feed row cannot be read (malformed JSON, more fields than the header…); it is skipped.",
        severity: .error)
    public static let feedSummary = DiagnosticCode(
        "F009", name: "feed-summary", summary: "How many feed rows were read, compiled and skipped.",
        severity: .note)
    public static let feedBadShard = DiagnosticCode(
        "F010", name: "feed-bad-shard", summary: "A `--shard I/N` value is malformed or out of range.",
        severity: .error)
}

/// The diagnostic codes the feed reader reports (plus `M005 bad-language-tag` for locale columns).
public enum FeedDiagnostics {
    public static let all: [DiagnosticCode] = [
        .feedNotAFeed, .feedMissingColumn, .feedUnknownColumns, .feedMissingID, .feedDuplicateID, .feedBadPrice,
        .feedEmptyTitle, .feedBadRow, .feedSummary, .feedBadShard,
    ]
}
