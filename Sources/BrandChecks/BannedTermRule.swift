import Foundation
public import BrandDiagnostics

extension DiagnosticCode {
    public static let bannedTerm = DiagnosticCode(
        "C001", name: "banned-term", summary: "Copy uses a term the brand's voice bans.", severity: .error)
}

/// Copy (brand locales and products) must not contain the voice's banned terms, in any case.
struct BannedTermRule: CheckRule {
    let code = DiagnosticCode.bannedTerm
    let examples = RuleExamples(
        triggering: [
            "voice: {banned-terms: [detox]}\nlocales: {en: {copy: {headline: A gentle DETOX tea}}}",
            "voice: {banned-terms: [detox]}\n=== product\nid: P1\ntitle: Détox Tea",
        ],
        nonTriggering: ["voice: {banned-terms: [detox]}\nlocales: {en: {copy: {headline: A gentle green tea}}}"])

    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        guard let guide = input.guide, !guide.voice.bannedTerms.isEmpty else { return }
        let texts = input.allCopy.map { ("\($0.entry.role.value) copy", $0.entry.text) }
            + input.productTexts.map { ("the product \($0.what)", $0.text) }
        for (what, text) in texts {
            for term in guide.voice.bannedTerms
            where text.value.range(of: term.value, options: [.caseInsensitive, .diacriticInsensitive]) != nil {
                diagnostics.report(
                    code, "\(what) uses the banned term '\(term.value)'", at: text.location,
                    notes: [DiagnosticNote("banned here", at: term.location)])
            }
        }
    }
}
