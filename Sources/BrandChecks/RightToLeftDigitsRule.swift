import BrandDiagnostics
import BrandText

/// Arabic or Hebrew copy with digits (prices, sizes) in a locale that declares no direction and
/// with no directional mark in the text: image models often put the number on the wrong side.
struct RightToLeftDigitsRule: CopyRule {
    let code = DiagnosticCode.rightToLeftDigits
    let examples = RuleExamples(
        triggering: ["locales: {ar: {copy: {price: ↓١٬٨٠٠ ين فقط 20%}}}"],
        nonTriggering: [
            "locales: {ar: {direction: rtl, copy: {price: ١٬٨٠٠ ين فقط 20%}}}",
            "locales: {he: {copy: {price: \"\\u200F1,800 ₪\"}}}", "locales: {ar: {copy: {headline: الشاي على مهل}}}",
        ])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        guard item.declaredDirection == nil else { return }
        let analysis = DirectionAnalysis(of: item.text)
        guard analysis.hasRightToLeftWithNumbers else { return }
        let marked = item.text.unicodeScalars.contains { DirectionalMark($0) != nil || BidiControl($0) != nil }
        guard !marked else { return }
        diagnostics.report(
            code, "\(context.describe(item)) mixes right-to-left letters and digits with no declared direction",
            at: item.entry.text.location,
            fix: FixSuggestion("add 'direction: rtl' to locale '\(item.localeTag)', or start the text with U+200F RIGHT-TO-LEFT MARK"))
    }
}
