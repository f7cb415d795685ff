import BrandDiagnostics
import BrandModel
import Foundation
import BrandText

/// Builds the text blocks a template asks for from the product's copy, then the brand locale's copy.
struct TextBlockBuilder {
    let guide: BrandGuide
    let template: PromptTemplate

    func blocks(product: ProductRecord?, locale: BrandLocale?, diagnostics: inout DiagnosticSink) -> [TextBlock] {
        guard !template.textBlocks.isEmpty else { return [] }
        guard let locale else {
            // With locales in the guide, a missing one is a requested locale it lacks (A002 says so).
            if guide.locales.isEmpty, let first = template.textBlocks.first(where: \.required) {
                diagnostics.report(.missingCopy, "the template needs copy but the brand guide has no locales",
                                   at: first.role.location)
            }
            return []
        }
        let resolved = ResolvedLocale(locale, guide: guide)
        let (script, rtl, font) = (resolved.script, resolved.rightToLeft, resolved.font)
        let productCopy = product?.copy(for: locale.tag.value) ?? []
        return template.textBlocks.compactMap { spec in
            let entry = productCopy.first { $0.role.value == spec.role.value }
                ?? locale.copy.first { $0.role.value == spec.role.value }
            guard let entry else {
                if spec.required {
                    diagnostics.report(
                        .missingCopy,
                        "the template needs '\(spec.role.value)' copy for locale '\(locale.tag.value)', and neither the product nor the brand guide has it",
                        at: spec.role.location,
                        notes: [DiagnosticNote("locale '\(locale.tag.value)' is defined here", at: locale.tag.location)])
                }
                return nil
            }
            let text = nfc(entry.text.value)
            let analysis = DirectionAnalysis(of: text)
            return TextBlock(
                role: spec.role.value, text: text, language: locale.tag.value, script: script,
                direction: rtl ? .rightToLeft : .leftToRight, font: font, placement: spec.placement?.value,
                layout: spec.layout?.value, source: entry.text.location, length: TextLength(of: text),
                isMixedDirection: analysis.isMixedDirection || (rtl && analysis.hasNumbers))
        }
    }
}
