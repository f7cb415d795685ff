import BrandDiagnostics
import BrandText

/// A word that looks like the brand name but is spelled with letters of another script (a
/// Cyrillic "а" in "Kumо"): a model draws it exactly like the real name, a search never finds it.
struct BrandLookalikeRule: CopyRule {
    let code = DiagnosticCode.brandLookalike
    let examples = RuleExamples(
        triggering: [
            "identity: {name: Kumo}\nlocales: {en: {copy: {headline: ↓\"Kum\\u043E tea\"}}}",
            "identity: {name: Kumo}\nlocales: {en: {copy: {headline: Green ↓Kum\u{043E} tea}}}",
        ],
        nonTriggering: ["identity: {name: Kumo}\nlocales: {en: {copy: {headline: Kumo tea}}}"])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        guard let brand = context.input.guide?.identity.name?.value else { return }
        for word in brand.split(separator: " ") where word.count >= 3 {
            for imitation in brandImitations(of: String(word), in: item.text) {
                let offset = item.text.unicodeScalars.distance(
                    from: item.text.unicodeScalars.startIndex, to: imitation.startIndex.samePosition(in: item.text.unicodeScalars) ?? item.text.unicodeScalars.startIndex)
                diagnostics.report(
                    code, "'\(imitation)' in \(context.describe(item)) imitates the brand name '\(word)' with letters of another script",
                    at: context.location(item, scalarOffset: offset, length: imitation.unicodeScalars.count),
                    fix: FixSuggestion("retype it as '\(word)'"))
            }
        }
    }
}

/// A word mixing letters of two scripts, which is almost always a confusable or a typing slip.
struct MixedScriptWordRule: CopyRule {
    let code = DiagnosticCode.mixedScriptWord
    let examples = RuleExamples(
        triggering: [
            "locales: {en: {copy: {headline: ↓\"gr\\u0435en tea\"}}}",
            "locales: {en: {copy: {headline: Slow ↓gr\u{0435}en tea}}}",
        ],
        nonTriggering: ["locales: {ja: {copy: {headline: Kumoのお茶}}}", "locales: {en: {copy: {headline: green tea}}}"])

    /// Alphabets whose letters pass for each other; Latin next to kana or Han in one "word" is normal.
    static let lookalikeScripts = ScriptSet([UnicodeScript.latin, .cyrillic, .greek, .armenian, .cherokee, .coptic])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        let brand = context.input.guide?.identity.name?.value ?? ""
        for word in mixedScriptWords(in: item.text)
        where word.scripts.intersection(Self.lookalikeScripts).count >= 2 {
            if brand.split(separator: " ").contains(where: { isConfusable(word.text, withBrand: $0) }) { continue }
            let scripts = word.scripts.scripts.map(\.longName).joined(separator: " and ")
            diagnostics.report(
                code, "'\(word.text)' in \(context.describe(item)) mixes \(scripts) letters",
                at: context.location(item, scalarOffset: word.position.scalarOffset, length: word.text.unicodeScalars.count))
        }
    }
}
