import BrandDiagnostics
import BrandModel

/// Every locale's script needs a brand font: the model is told which typeface to draw the copy in.
struct MissingScriptFontRule: CheckRule {
    let code = DiagnosticCode.missingScriptFont
    let examples = RuleExamples(
        triggering: ["typography: {Latn: Inter}\nlocales: {↓ja: {copy: {headline: お茶}}}"],
        nonTriggering: [
            "typography: {Latn: Inter, Jpan: Noto Sans JP}\nlocales: {ja: {copy: {headline: お茶}}}",
            "typography: {Latn: Inter}\nlocales: {ja: {font: Noto Sans JP, copy: {headline: お茶}}}",
        ])

    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        guard input.checksGuide, let guide = input.guide, !guide.typography.isEmpty else { return }
        for locale in guide.locales where locale.font == nil {
            let script = locale.scriptCode
            guard guide.font(forScript: script) == nil else { continue }
            diagnostics.report(
                code, "no brand font for \(script), the script of locale '\(locale.tag.value)'", at: locale.tag.location,
                fix: FixSuggestion("add '\(script): <family>' under 'typography', or a 'font' on the locale"))
        }
    }
}

/// A font for a script that no locale writes in is probably a typo in the script code or a leftover.
struct UnusedScriptFontRule: CheckRule {
    let code = DiagnosticCode.unusedScriptFont
    let examples = RuleExamples(
        triggering: ["typography: {Latn: Inter, ↓Hebr: Noto Sans Hebrew}\nlocales: {en: {}, ja: {}}"],
        nonTriggering: ["typography: {Latn: Inter, Jpan: Noto Sans JP}\nlocales: {en: {}, ja: {}}"])

    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        guard input.checksGuide, let guide = input.guide, !guide.locales.isEmpty else { return }
        let used = Set(guide.locales.map(\.scriptCode))
        // Latin is always in use: brand names, prices and product names are Latin in every market.
        for font in guide.typography where font.script.value != "Latn" && !used.contains(font.script.value) {
            let served = (font.script.value == "Hani" && (used.contains("Hans") || used.contains("Hant")))
                || (["Hira", "Kana", "Hani"].contains(font.script.value) && used.contains("Jpan"))
                || (["Hang", "Hani"].contains(font.script.value) && used.contains("Kore"))
            if served { continue }
            diagnostics.report(
                code, "font '\(font.family.value)' is declared for \(font.script.value), but no locale is written in it",
                at: font.script.location)
        }
    }
}

