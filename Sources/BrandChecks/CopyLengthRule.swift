import BrandDiagnostics
import BrandText

/// Copy longer than a template allows for its role, counted the way a reader counts: in
/// user-perceived characters (grapheme clusters), or in display columns where the template says so.
struct CopyLengthRule: CopyRule {
    let code = DiagnosticCode.copyTooLong
    let examples = RuleExamples(
        triggering: [
            "locales: {ja: {copy: {headline: ↓ゆっくり、お茶を。}}}\n=== template\n---\ntext-blocks: [{role: headline, max-graphemes: 5}]\n---\n",
            "locales: {ja: {copy: {headline: ↓ゆっくり}}}\n=== template\n---\ntext-blocks: [{role: headline, max-columns: 6}]\n---\n",
        ],
        nonTriggering: [
            "locales: {mr: {copy: {headline: क्षत्रिय}}}\n=== template\n---\ntext-blocks: [{role: headline, max-graphemes: 3}]\n---\n",
            "locales: {en: {copy: {badge: 👨‍👩‍👧 family}}}\n=== template\n---\ntext-blocks: [{role: badge, max-graphemes: 8}]\n---\n",
        ])

    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink) {
        for template in context.input.templates {
            for spec in template.textBlocks where spec.role.value == item.entry.role.value {
                let length = TextLength(of: nfc(item.text))
                if let limit = spec.maxGraphemes, length.characters > limit.value {
                    diagnostics.report(
                        code, "\(context.describe(item)) is \(length.characters) characters; template '\(template.name?.value ?? template.file)' allows \(limit.value)",
                        at: item.entry.text.location, notes: [DiagnosticNote("limit set here", at: limit.location)])
                }
                if let limit = spec.maxColumns, length.columns > limit.value {
                    diagnostics.report(
                        code, "\(context.describe(item)) is \(length.columns) columns wide; template '\(template.name?.value ?? template.file)' allows \(limit.value)",
                        at: item.entry.text.location, notes: [DiagnosticNote("limit set here", at: limit.location)])
                }
            }
        }
    }
}
