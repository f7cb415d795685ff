import BrandDiagnostics

/// The ids handed out so far, as fingerprints with their first position, to report duplicates
/// without keeping every id's text.
struct SeenIDs {
    private var first: [KeyFingerprint: SourceLocation] = [:]

    /// A diagnostic when `id` was seen before (with a note at the first one); otherwise records it.
    mutating func duplicate(of id: Located<String>) -> Diagnostic? {
        let key = KeyFingerprint(id.value)
        guard let earlier = first[key] else {
            first[key] = id.location
            return nil
        }
        return Diagnostic(
            .feedDuplicateID, "product id '\(id.value)' appears again; this row is skipped", at: id.location,
            notes: [DiagnosticNote("first used here", at: earlier)])
    }
}
