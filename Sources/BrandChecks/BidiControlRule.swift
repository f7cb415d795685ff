import BrandDiagnostics
import BrandText

/// Explicit bidi controls that are unbalanced or override direction reorder what the model is told
/// to draw: "Trojan Source" for marketing copy. Balanced isolates and embeddings are fine.
struct BidiControlRule: CopyRule {
    let code = DiagnosticCode.bidiControl
    let examples = RuleExamples(
        triggering: [
            "locales: {en: {copy: {price: ↓\"Only \\u202E99.1$\"}}}",
            "locales: {en: {copy: {price: Only ↓\u{202E}99.1$}}}",
            "locales: {ar: {copy: {cta: ↓\"\\u2067اشترِ الآن\"}}}",
        ],
        nonTriggering: ["locales: {ar: {copy: {cta: \"اشترِ \\u2066Kumo\\u2069 الآن\"}}}"])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        for occurrence in bidiControls(in: item.text) {
            let what: String
            switch occurrence.problem {
            case .unterminated?: what = "is never closed, so it reorders whatever follows"
            case .unmatched?: what = "closes nothing"
            case nil:
                guard occurrence.control.isOverride else { continue }
                what = "overrides the direction of the letters, displaying them in another order than they are stored"
            }
            diagnostics.report(
                code, "\(context.describe(item)): \(occurrence.control.scalar.codePointDescription) \(what)",
                at: context.location(item, scalarOffset: occurrence.position.scalarOffset),
                fix: FixSuggestion("remove the control, or use a balanced isolate (U+2066…U+2069) around the embedded run"))
        }
    }
}
