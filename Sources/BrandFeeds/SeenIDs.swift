import BrandDiagnostics

/// The ids handed out so far, to report duplicates without keeping every id's text: per id a
/// 128-bit fingerprint and the 16-byte start of its first occurrence (about 32 bytes an id; a
/// `SourceLocation` with its path would be about 100).
struct SeenIDs {
    private struct Start {
        let offset: Int
        let line: Int32
        let column: Int32
    }

    private var first: [KeyFingerprint: Start] = [:]

    /// A diagnostic when `id` was seen before (with a note at the first one); otherwise records it.
    mutating func duplicate(of id: Located<String>) -> Diagnostic? {
        let key = KeyFingerprint(id.value)
        guard let earlier = first[key] else {
            let start = id.location.start ?? SourcePosition(offset: 0, line: 0, column: 0)
            first[key] = Start(offset: start.offset, line: Int32(clamping: start.line), column: Int32(clamping: start.column))
            return nil
        }
        let position = SourcePosition(offset: earlier.offset, line: Int(earlier.line), column: Int(earlier.column))
        let earlierLocation = SourceLocation(file: id.location.file, range: earlier.line > 0 ? SourceRange(at: position) : nil)
        return Diagnostic(
            .feedDuplicateID, "product id '\(id.value)' appears again; this row is skipped", at: id.location,
            notes: [DiagnosticNote("first used here", at: earlierLocation)])
    }
}
