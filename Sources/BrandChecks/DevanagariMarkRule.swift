import BrandDiagnostics
import BrandText

/// A matra, virama or nukta with no consonant before it is drawn on a dotted circle (◌ि).
struct DevanagariMarkRule: CopyRule {
    let code = DiagnosticCode.devanagariOrphanMark
    let examples = RuleExamples(
        triggering: [
            "locales: {hi: {copy: {headline: ↓\"चाय \\u093F आराम से\"}}}",
            "locales: {hi: {copy: {headline: चाय ↓\u{093F} आराम से}}}",
        ],
        nonTriggering: ["locales: {hi: {copy: {headline: चाय, आराम से।}}}", "locales: {mr: {copy: {headline: क्षत्रिय}}}"])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        for finding in devanagariMarkProblems(in: item.text) {
            let what = switch finding.kind {
            case .orphanVowelSign: "vowel sign (matra)"
            case .orphanVirama: "virama"
            case .orphanNukta: "nukta"
            case .orphanSign: "sign"
            }
            diagnostics.report(
                code, "\(context.describe(item)): the \(what) \(finding.scalar.codePointDescription) has no consonant to attach to and would render on a dotted circle",
                at: context.location(item, scalarOffset: finding.position.scalarOffset))
        }
    }
}
