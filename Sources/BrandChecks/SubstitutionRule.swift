import BrandCopy
public import BrandDiagnostics

extension DiagnosticCode {
    public static let substitution = DiagnosticCode(
        "C005", name: "substitution", summary: "Copy writes a word the voice replaces with another.",
        severity: .warning)
}

/// The voice's substitutions (`use: e-mail, not: [email]`): a `not` word in copy, product titles and
/// descriptions, the tagline or a template's literal text is reported at its exact column, with the
/// `use` word as the fix's replacement where the source spells the text as is. Words are found as
/// banned terms are, in every script and in any case, width or marking; a substitution with
/// `locales` reads only copy of those locales.
struct SubstitutionRule: CheckRule {
    let code = DiagnosticCode.substitution
    let examples = RuleExamples(
        triggering: [
            "voice: {substitutions: [{use: e-mail, not: [email]}]}\nlocales: {en: {copy: {cta: ↓Email us today}}}",
            "voice: {substitutions: [{use: お茶, not: [ティー]}]}\nlocales: {ja: {copy: {cta: 冷たい↓ティーをどうぞ}}}",
            "voice: {substitutions: [{use: ชาเขียว, not: [กรีนที]}]}\nlocales: {th: {copy: {cta: ลอง↓กรีนทีของเรา}}}",
            "voice: {substitutions: [{use: e-mail, not: email}]}\n=== product\nid: P1\ntitle: Tea by ↓EMAIL",
            "voice: {substitutions: [{use: e-mail, not: [email]}]}\n=== template\n---\nname: hero\n---\nAn ↓email for {{product.title}}\n",
        ],
        nonTriggering: [
            "voice: {substitutions: [{use: e-mail, not: [email]}]}\nlocales: {en: {copy: {cta: Write an e-mail}}}",
            "voice: {substitutions: [{use: e-mail, not: [email]}]}\nlocales: {en: {copy: {cta: Emailing is slow}}}",
            "voice: {substitutions: [{use: Colour, not: [colour], locales: [en-GB]}]}\nlocales: {en-US: {copy: {cta: colour}}}",
            "voice: {substitutions: [{use: Email, not: [email]}]}\nlocales: {en: {copy: {cta: Email us}}}",
        ])

    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        guard let guide = input.guide, !guide.voice.substitutions.isEmpty else { return }
        let matchers = guide.voice.substitutions.flatMap { substitution in
            substitution.not.map { (substitution, $0, TermMatcher($0.value, options: .voiceWords)) }
        }
        let pinpoint = SourcePinpoint(fileSystem: input.fileSystem)
        for text in input.voiceTexts {
            let boundaries = WordBoundaries(of: text.text, locale: text.locale)
            let scalars = Array(text.text.unicodeScalars)
            // Spans already reported: `not: [email, eMail]` fold alike and would find one word twice.
            var reported: Set<[Int]> = []
            for (substitution, word, matcher) in matchers where substitution.applies(toLocale: text.locale) {
                let use = substitution.use.value
                for match in matcher.matches(in: text.text, locale: text.locale, boundaries: boundaries) {
                    // The text already writes the `use` word here (`use: Email, not: [email]`).
                    let from = String(String.UnicodeScalarView(scalars[match.scalarOffset...]))
                    let (offset, length) = (match.scalarOffset, match.scalarLength)
                    guard !from.hasPrefix(use), reported.insert([offset, length]).inserted else { continue }
                    let exact = text.exactLocation(scalarOffset: offset, length: length, pinpoint: pinpoint)
                    diagnostics.report(Diagnostic(
                        code, "\(text.what): write '\(use)', not '\(match.matchedText)'",
                        at: exact ?? text.location(scalarOffset: offset, length: length, pinpoint: pinpoint),
                        notes: [DiagnosticNote("'\(word.value)' is replaced by '\(use)' here", at: word.location)],
                        fix: FixSuggestion(
                            "write '\(use)'", replacement: exact.map { TextReplacement(at: $0, with: use) })))
                }
            }
        }
    }
}
