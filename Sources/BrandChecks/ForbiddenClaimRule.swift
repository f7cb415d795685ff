import BrandCopy
public import BrandDiagnostics

extension DiagnosticCode {
    public static let forbiddenClaim = DiagnosticCode(
        "C006", name: "forbidden-claim", summary: "Copy makes a claim the brand's voice forbids.", severity: .error)
}

/// The voice's forbidden claims (`claim: [cures, heals], reason: …`): any wording of one in copy,
/// product titles and descriptions, the tagline or a template's literal text is reported at its exact
/// column with the guide's reason. Wordings are found as banned terms are, in every script and in
/// any case, width or marking. There is no fix: a claim is taken out, not reworded by a tool.
struct ForbiddenClaimRule: CheckRule {
    let code = DiagnosticCode.forbiddenClaim
    let examples = RuleExamples(
        triggering: [
            "voice: {forbidden-claims: [{claim: [cures, heals], reason: a health claim}]}\nlocales: {en: {copy: {headline: The tea that ↓HEALS}}}",
            "voice: {forbidden-claims: [{claim: 治愈}]}\nlocales: {zh-Hans: {copy: {headline: 这款茶能↓治愈癌症。}}}",
            "voice: {forbidden-claims: [{claim: 効く}]}\nlocales: {ja: {copy: {headline: 風邪に↓効くお茶}}}",
            "voice: {forbidden-claims: [{claim: clinically proven}]}\n=== product\nid: P1\ntitle: ↓Clinically Proven Sencha",
        ],
        nonTriggering: [
            "voice: {forbidden-claims: [{claim: cures}]}\nlocales: {en: {copy: {headline: A tea that curesses nothing}}}",
            "voice: {forbidden-claims: [{claim: heals}]}\nlocales: {en: {copy: {headline: A calm green tea}}}",
        ])

    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        guard let guide = input.guide, !guide.voice.forbiddenClaims.isEmpty else { return }
        let matchers = guide.voice.forbiddenClaims.flatMap { claim in
            claim.wordings.map { (claim, $0, TermMatcher($0.value, options: .voiceWords)) }
        }
        let pinpoint = SourcePinpoint(fileSystem: input.fileSystem)
        for text in input.voiceTexts {
            let boundaries = WordBoundaries(of: text.text, locale: text.locale)
            // Spans already reported: two wordings that fold alike would find one claim twice.
            var reported: Set<[Int]> = []
            for (claim, wording, matcher) in matchers {
                for match in matcher.matches(in: text.text, locale: text.locale, boundaries: boundaries) {
                    guard reported.insert([match.scalarOffset, match.scalarLength]).inserted else { continue }
                    let spelled = match.matchedText == wording.value ? "" : " (as '\(match.matchedText)')"
                    let because = claim.reason.map { ": \($0.value)" } ?? ""
                    var notes = [DiagnosticNote("forbidden here", at: wording.location)]
                    if let reason = claim.reason { notes.append(DiagnosticNote("the reason", at: reason.location)) }
                    diagnostics.report(
                        code, "\(text.what) makes the forbidden claim '\(wording.value)'\(spelled)\(because)",
                        at: text.location(
                            scalarOffset: match.scalarOffset, length: match.scalarLength, pinpoint: pinpoint),
                        notes: notes)
                }
            }
        }
    }
}
