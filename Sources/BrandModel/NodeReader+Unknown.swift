public import BrandDiagnostics

extension NodeReader {
    /// Reports `name` as none of the names `known` (an unknown key, section, product field, script,
    /// font source, colour or logo), with a "did you mean" fix-it that replaces the name when one of
    /// `known` is close. Every decoder's unknown-name report goes through here, so they read alike.
    public mutating func reportUnknown(
        _ name: Located<String>, among known: [String], code: DiagnosticCode, _ message: String,
        notes: [DiagnosticNote] = []
    ) {
        let fix = SpellingSuggestion.closest(to: name.value, among: known).map {
            FixSuggestion("did you mean '\($0)'?", replacement: TextReplacement(at: name.location, with: $0))
        }
        diagnostics.report(code, message, at: name.location, notes: notes, fix: fix)
    }
}
