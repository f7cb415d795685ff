import BrandCopy
public import BrandDiagnostics

extension DiagnosticCode {
    public static let trademarkSpelling = DiagnosticCode(
        "C002", name: "trademark-spelling", summary: "Copy spells a trademark other than its required way.",
        severity: .warning)
}

/// A trademark written with other case, accents or width, or without its mark (`Acmecloud`,
/// `AcmeCloud` for `AcmeCloud™`), in copy, product titles and descriptions, the tagline or a
/// template's literal text. Found as words in every script, like banned terms; the diagnostic
/// carries the required spelling as a replacement where the source spells the text as is.
struct TrademarkSpellingRule: CheckRule {
    let code = DiagnosticCode.trademarkSpelling
    let examples = RuleExamples(
        triggering: [
            "voice: {trademarks: [\"Kumo Cold Brew™\"]}\nlocales: {en: {copy: {cta: Try ↓kumo cold brew}}}",
            "voice: {trademarks: [\"くもコールド™\"]}\nlocales: {ja: {copy: {cta: 新しい↓くもコールドをどうぞ}}}",
            "voice: {trademarks: [\"Kumo™\"]}\n=== product\nid: P1\ntitle: ↓KUMO Sencha",
            "voice: {trademarks: [\"Kümo™\"]}\n=== template\n---\nname: hero\n---\nA ↓Kumo tea for {{product.title}}\n",
        ],
        nonTriggering: [
            "voice: {trademarks: [\"Kumo Cold Brew™\"]}\nlocales: {en: {copy: {cta: Try Kumo Cold Brew™ today}}}",
            "voice: {trademarks: [\"Kumo™\"]}\nlocales: {en: {copy: {cta: Kumonoso tea}}}",
        ])

    static let marks: Set<Character> = ["™", "®", "©", "℠"]

    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        guard let guide = input.guide, !guide.voice.trademarks.isEmpty else { return }
        let matchers = guide.voice.trademarks.map { mark in
            (mark, TermMatcher(String(mark.value.filter { !Self.marks.contains($0) }), options: .voiceWords))
        }
        let pinpoint = SourcePinpoint(fileSystem: input.fileSystem)
        for text in input.voiceTexts {
            let boundaries = WordBoundaries(of: text.text, locale: text.locale)
            let scalars = Array(text.text.unicodeScalars)
            for (mark, matcher) in matchers {
                for match in matcher.matches(in: text.text, locale: text.locale, boundaries: boundaries) {
                    let from = String(String.UnicodeScalarView(scalars[match.scalarOffset...]))
                    // String comparison is canonical: a decomposed `ü` spells `Kümo` right.
                    guard !from.hasPrefix(mark.value) else { continue }
                    let length = match.scalarLength + trailingMarks(scalars, after: match)
                    let written = String(String.UnicodeScalarView(scalars[match.scalarOffset..<match.scalarOffset + length]))
                    let exact = text.exactLocation(scalarOffset: match.scalarOffset, length: length, pinpoint: pinpoint)
                    diagnostics.report(Diagnostic(
                        code, "\(text.what): write the trademark as '\(mark.value)', not '\(written)'",
                        at: exact ?? text.location(scalarOffset: match.scalarOffset, length: length, pinpoint: pinpoint),
                        notes: [DiagnosticNote("required spelling", at: mark.location)],
                        fix: FixSuggestion(
                            "write '\(mark.value)'", replacement: exact.map { TextReplacement(at: $0, with: mark.value) })))
                }
            }
        }
    }

    /// How many trademark signs follow the match (`Kumo®` for `Kumo™`): they are part of the spelling.
    private func trailingMarks(_ scalars: [Unicode.Scalar], after match: TermMatch) -> Int {
        var count = 0
        while match.scalarOffset + match.scalarLength + count < scalars.count,
            Self.marks.contains(Character(scalars[match.scalarOffset + match.scalarLength + count]))
        {
            count += 1
        }
        return count
    }
}
