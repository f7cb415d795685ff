import BrandDiagnostics
import BrandModel
import BrandText

/// Copy must contain letters of its locale's script: `ja` copy with no kana or kanji, or `hi` copy
/// transliterated into Latin letters, would be rendered in the wrong writing system.
struct ScriptMismatchRule: CopyRule {
    let code = DiagnosticCode.scriptMismatch
    let examples = RuleExamples(
        triggering: ["locales: {ja: {copy: {headline: ↓Slow tea}}}", "locales: {hi: {copy: {headline: ↓Chai aaram se}}}"],
        nonTriggering: [
            "locales: {ja: {copy: {headline: Kumo のお茶}}}", "locales: {hi: {copy: {headline: चाय, आराम से।}}}",
            "locales: {ar: {copy: {price: \"1,800\"}}}",
        ])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        let expected = expectedScripts(forScriptCode: item.scriptCode) ?? ScriptSet()
        guard !expected.isEmpty else { return }
        let found = ScriptSummary(of: item.text).scripts
        guard !found.isEmpty, found.intersection(expected).isEmpty else { return }
        let names = found.scripts.map(\.longName).joined(separator: ", ")
        let wanted = expected.scripts.map(\.longName).joined(separator: " or ")
        diagnostics.report(
            code, "\(context.describe(item)) is written in \(names), not in \(wanted) as locale '\(item.localeTag)' needs",
            at: item.entry.text.location,
            notes: [DiagnosticNote("the locale's script is \(item.scriptCode); set 'script' on the locale if that is wrong")])
    }
}

