import BrandCopy
public import BrandDiagnostics

extension DiagnosticCode {
    public static let bannedTerm = DiagnosticCode(
        "C001", name: "banned-term", summary: "Copy uses a term the brand's voice bans.", severity: .error)
}

/// Copy, product titles and descriptions, the tagline and templates' literal text must not use the
/// voice's banned terms. A term is found as a word in every script (UAX #29, with dictionary
/// segmentation for Thai, Japanese, Chinese), in any case (full folding: `STRASSE` is `straße`), with
/// or without optional marks (accents, harakat, niqqud, nukta), in full-width or other compatibility
/// forms, and never inside a longer word.
struct BannedTermRule: CheckRule {
    let code = DiagnosticCode.bannedTerm
    let examples = RuleExamples(
        triggering: [
            "voice: {banned-terms: [detox]}\nlocales: {en: {copy: {headline: A gentle ↓DETOX tea}}}",
            "voice: {banned-terms: [detox]}\n=== product\nid: P1\ntitle: ↓Détox Tea",
            "voice: {banned-terms: [ดีท็อกซ์]}\nlocales: {th: {copy: {headline: ชาเขียวนี้ช่วย↓ดีท็อกซ์ร่างกาย}}}",
            "voice: {banned-terms: [美白]}\nlocales: {ja: {copy: {headline: このお茶は↓美白効果があります。}}}",
            "voice: {banned-terms: [شاي]}\nlocales: {ar: {copy: {headline: ↓شَايٌ أخضر}}}",
            "voice: {banned-terms: [straße]}\nlocales: {de: {copy: {headline: TEE FÜR DIE ↓STRASSE}}}",
            "voice: {banned-terms: [detox]}\n=== template\n---\nname: hero\n---\nA ↓ｄｅｔｏｘ tea for {{product.title}}\n",
        ],
        nonTriggering: [
            "voice: {banned-terms: [detox]}\nlocales: {en: {copy: {headline: A gentle green tea}}}",
            "voice: {banned-terms: [detox]}\nlocales: {en: {copy: {headline: Detoxify your morning}}}",
            "voice: {banned-terms: [แก]}\nlocales: {th: {copy: {headline: แก้วชาเย็น}}}",
            "voice: {banned-terms: [detox]}\n=== template\n---\nname: hero\n---\n{{#detox}}A calm tea{{/detox}}\n",
        ])

    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        guard let guide = input.guide, !guide.voice.bannedTerms.isEmpty else { return }
        let matchers = guide.voice.bannedTerms.map { ($0, TermMatcher($0.value, options: .voiceWords)) }
        let pinpoint = SourcePinpoint(fileSystem: input.fileSystem)
        for text in input.voiceTexts {
            let boundaries = WordBoundaries(of: text.text, locale: text.locale)
            for (term, matcher) in matchers {
                for match in matcher.matches(in: text.text, locale: text.locale, boundaries: boundaries) {
                    let spelled = match.matchedText == term.value ? "" : " (as '\(match.matchedText)')"
                    diagnostics.report(
                        code, "\(text.what) uses the banned term '\(term.value)'\(spelled)",
                        at: text.location(scalarOffset: match.scalarOffset, length: match.scalarLength, pinpoint: pinpoint),
                        notes: [DiagnosticNote("banned here", at: term.location)])
                }
            }
        }
    }
}
