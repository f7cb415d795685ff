import BrandDiagnostics
import BrandModel
import BrandText

/// LRM, RLM and ALM where nothing needs them: invisible noise that can still flip punctuation.
struct StrayDirectionalMarkRule: CopyRule {
    let code = DiagnosticCode.strayDirectionalMark
    let examples = RuleExamples(
        triggering: [
            "locales: {en: {copy: {headline: ↓\"Slow\\u200F tea\"}}}",
            "locales: {en: {copy: {headline: Slow↓\u{200F} tea}}}",
        ],
        nonTriggering: [
            "locales: {he: {copy: {price: \"\\u200F1,800 ₪\"}}}", "locales: {he: {copy: {headline: \"תה\\u200F ירוק\"}}}",
        ])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        // In a right-to-left locale a mark before a bare number or symbol sets its direction.
        guard item.declaredDirection != "rtl", !ScriptCode.isRightToLeft(item.scriptCode) else { return }
        for mark in strayDirectionalMarks(in: item.text) {
            diagnostics.report(
                code, "\(context.describe(item)) has a stray \(mark.scalar.codePointDescription)",
                at: context.location(item, scalarOffset: mark.position.scalarOffset))
        }
    }
}

/// Zero-width spaces, soft hyphens, word joiners and ZWJ/ZWNJ outside the scripts and emoji
/// sequences that need them: the model may draw them as gaps or boxes, and they hide look-alikes.
struct InvisibleCharacterRule: CopyRule {
    let code = DiagnosticCode.invisibleCharacter
    let examples = RuleExamples(
        triggering: [
            "locales: {en: {copy: {headline: ↓\"Slow\\u200Btea\"}}}",
            "locales: {en: {copy: {headline: Slow↓\u{200B}tea}}}",
            "locales: {en: {copy: {headline: ↓\"tea\\u00ADtime\"}}}",
        ],
        nonTriggering: [
            "locales: {fa: {copy: {headline: \"می\\u200Cخواهم\"}}}", "locales: {en: {copy: {badge: \"👩\\u200D💻 ready\"}}}",
        ])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        for finding in invisibleCharacters(in: item.text) where !finding.isLegitimate {
            let scalar = Array(item.text.unicodeScalars)[finding.position.scalarOffset]
            diagnostics.report(
                code, "\(context.describe(item)) contains the invisible \(scalar.codePointDescription)",
                at: context.location(item, scalarOffset: finding.position.scalarOffset),
                fix: FixSuggestion("delete it; write a plain space if a break was meant"))
        }
    }
}

/// C0 and C1 controls (other than tab and line breaks) in copy: never meant to be drawn.
struct ControlCharacterRule: CopyRule {
    let code = DiagnosticCode.controlCharacter
    let examples = RuleExamples(
        triggering: [
            "locales: {en: {copy: {headline: ↓\"Slow\\u0007 tea\"}}}",
            "locales: {en: {copy: {headline: ↓\"Slow\\u0085tea\"}}}",
        ],
        nonTriggering: ["locales: {en: {copy: {legal: \"Line one\\nLine two\"}}}"])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        for finding in controlCharacters(in: item.text, policy: .tabAndLineBreaks) {
            diagnostics.report(
                code, "\(context.describe(item)) contains the control character \(finding.scalar.codePointDescription)",
                at: context.location(item, scalarOffset: finding.position.scalarOffset))
        }
    }
}

/// Unassigned and private-use code points render as boxes or as whatever a font put there.
struct UnusualCodePointRule: CopyRule {
    let code = DiagnosticCode.unusualCodePoint
    let examples = RuleExamples(
        triggering: [
            "locales: {en: {copy: {badge: ↓\"New \\uE000\"}}}",
            "locales: {en: {copy: {badge: New ↓\u{E000}}}}",
            "locales: {en: {copy: {badge: ↓\"New \\U000E0080\"}}}",
        ],
        nonTriggering: ["locales: {en: {copy: {badge: \"New 🍵\"}}}"])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        for finding in unusualCodePoints(in: item.text) {
            diagnostics.report(
                code, "\(context.describe(item)) contains \(describe(finding))",
                at: context.location(item, scalarOffset: finding.position.scalarOffset))
        }
    }

    private func describe(_ finding: CharacterFinding<CodePointStatus>) -> String {
        let point = finding.scalar.codePointDescription
        switch finding.kind {
        case .privateUse: return "the private-use code point \(point), which has no agreed meaning"
        case .noncharacter: return "the noncharacter \(point)"
        case .unassigned: return "the unassigned code point \(point)"
        case .newerThanTables: return "\(point), newer than brandc's Unicode \(UnicodeTablesVersion.ucd) tables"
        }
    }
}

/// Copy is emitted in NFC; input in another form usually comes from a macOS file name or a PDF.
struct NormalizationRule: CopyRule {
    let code = DiagnosticCode.notNFC
    let examples = RuleExamples(
        triggering: ["locales: {fr: {copy: {headline: ↓\"The\\u0301 vert\"}}}"],
        nonTriggering: ["locales: {fr: {copy: {headline: \"Thé vert\"}}}"])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        guard !isNFC(item.text) else { return }
        diagnostics.report(
            code, "\(context.describe(item)) is not in Unicode NFC; brandc normalizes it before counting and emitting",
            at: item.entry.text.location,
            fix: FixSuggestion("save the text in NFC", replacement: TextReplacement(at: item.entry.text.location, with: nfc(item.text))))
    }
}
