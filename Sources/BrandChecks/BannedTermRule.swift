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
        triggering: ["voice: {banned-terms: [detox]}\nlocales: {en: {copy: {headline: A gentle DETOX tea}}}"],
        nonTriggering: ["voice: {banned-terms: [detox]}\nlocales: {en: {copy: {headline: A gentle green tea}}}"])

    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        guard let guide = input.guide, !guide.voice.bannedTerms.isEmpty else { return }
        for (_, entry) in input.allCopy {
            for term in guide.voice.bannedTerms
            where entry.text.value.range(of: term.value, options: [.caseInsensitive, .diacriticInsensitive]) != nil {
                diagnostics.report(
                    code, "\(entry.role.value) copy uses the banned term '\(term.value)'", at: entry.text.location,
                    notes: [DiagnosticNote("banned here", at: term.location)])
            }
        }
    }
}
