import BrandModel

/// One piece of copy as the i18n rules see it: the text, its role and locale, and what the brand
/// says about that locale's script, direction and font.
struct CopyItem {
    var localeTag: String
    var language: String
    /// ISO 15924 code the copy should be written in (the locale's `script`, else the language's default).
    var scriptCode: String
    /// The direction the locale declares, if it does.
    var declaredDirection: String?
    var entry: CopyEntry

    var text: String { entry.text.value }
}

extension CheckInput {
    /// All copy with its locale facts: the brand locales' own copy first, then each product's.
    var copyItems: [CopyItem] {
        var items: [CopyItem] = []
        func add(_ tag: String, _ entries: [CopyEntry]) {
            let brandLocale = guide?.locale(tag)
            let parsed = LanguageTag(tag)
            let code = ScriptCode.forLocale(tag: tag, declared: brandLocale?.script?.value)
            for entry in entries {
                items.append(CopyItem(
                    localeTag: tag, language: parsed?.language ?? tag, scriptCode: code,
                    declaredDirection: brandLocale?.direction?.value, entry: entry))
            }
        }
        if checksGuide {
            for locale in guide?.locales ?? [] { add(locale.tag.value, locale.copy) }
        }
        for product in products {
            for (locale, entries) in product.copy { add(locale.value, entries) }
        }
        return items
    }
}
