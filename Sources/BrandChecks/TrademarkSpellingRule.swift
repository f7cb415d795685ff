import Foundation
public import BrandDiagnostics

extension DiagnosticCode {
    public static let trademarkSpelling = DiagnosticCode(
        "C002", name: "trademark-spelling", summary: "Copy spells a trademark other than its required way.",
        severity: .warning)
}

/// A trademark written with other case or without its mark (`Acmecloud`, `AcmeCloud` for `AcmeCloud™`).
struct TrademarkSpellingRule: CheckRule {
    let code = DiagnosticCode.trademarkSpelling
    let examples = RuleExamples(
        triggering: ["voice: {trademarks: [\"Kumo Cold Brew™\"]}\nlocales: {en: {copy: {cta: Try kumo cold brew}}}"],
        nonTriggering: ["voice: {trademarks: [\"Kumo Cold Brew™\"]}\nlocales: {en: {copy: {cta: Try Kumo Cold Brew™ today}}}"])

    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        guard let guide = input.guide else { return }
        for (_, entry) in input.allCopy {
            for mark in guide.voice.trademarks {
                let bare = mark.value.filter { !"™®©℠".contains($0) }
                guard let found = entry.text.value.range(of: bare, options: .caseInsensitive) else { continue }
                let actual = entry.text.value[found.lowerBound...]
                guard !actual.hasPrefix(mark.value) else { continue }
                diagnostics.report(
                    code, "write the trademark as '\(mark.value)', not '\(entry.text.value[found])'",
                    at: entry.text.location, notes: [DiagnosticNote("required spelling", at: mark.location)])
            }
        }
    }
}
