import BrandDiagnostics
import BrandText

/// `ar` copy written with Persian or Urdu letters (پ چ ژ گ ک ی) or digits (۰–۹): often pasted from a
/// Persian source; an Arabic reader sees misspellings.
struct PersoArabicLettersRule: CopyRule {
    let code = DiagnosticCode.persoArabicLetters
    let examples = RuleExamples(
        triggering: ["locales: {ar: {copy: {headline: ↓چای سبز}}}"],
        nonTriggering: ["locales: {ar: {copy: {headline: شاي أخضر}}}", "locales: {fa: {copy: {headline: چای سبز}}}"])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        guard item.language == "ar", let first = persoArabicLetters(in: item.text).first else { return }
        let kind = first.kind == .extendedArabicIndicDigit ? "Persian digit" : "Persian or Urdu letter"
        diagnostics.report(
            code, "\(context.describe(item)) uses the \(kind) \(first.scalar.codePointDescription), which Arabic does not use",
            at: context.location(item, scalarOffset: first.position.scalarOffset))
    }
}
