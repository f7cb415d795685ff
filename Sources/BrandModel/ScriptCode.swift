/// ISO 15924 script codes a brand may key its fonts by, and the locale each usually serves.
public enum ScriptCode {
    /// Codes brandc knows, including the combined ones (`Jpan` = Han + Hiragana + Katakana,
    /// `Kore` = Hangul + Han, `Hans`/`Hant` = simplified / traditional Han).
    public static let known: [String] = [
        "Arab", "Armn", "Beng", "Cyrl", "Deva", "Ethi", "Geor", "Grek", "Gujr", "Guru", "Hang", "Hani", "Hans",
        "Hant", "Hebr", "Hira", "Jpan", "Kana", "Khmr", "Knda", "Kore", "Laoo", "Latn", "Mlym", "Mymr", "Sinh",
        "Taml", "Telu", "Thaa", "Thai", "Tibt",
    ]

    /// The script a language is written in by default, for locales that do not say (`ja` -> `Jpan`).
    public static func defaultScript(forLanguage language: String, region: String? = nil) -> String? {
        switch language {
        case "ja": return "Jpan"
        case "ko": return "Kore"
        case "zh": return region == "TW" || region == "HK" || region == "MO" ? "Hant" : "Hans"
        case "ar", "fa", "ur", "ps", "ug": return "Arab"
        case "he", "yi": return "Hebr"
        case "hi", "mr", "ne", "sa", "kok", "mai": return "Deva"
        case "bn", "as": return "Beng"
        case "ta": return "Taml"
        case "te": return "Telu"
        case "kn": return "Knda"
        case "ml": return "Mlym"
        case "gu": return "Gujr"
        case "pa": return "Guru"
        case "th": return "Thai"
        case "lo": return "Laoo"
        case "km": return "Khmr"
        case "my": return "Mymr"
        case "si": return "Sinh"
        case "am", "ti": return "Ethi"
        case "hy": return "Armn"
        case "ka": return "Geor"
        case "el": return "Grek"
        case "ru", "uk", "bg", "be", "mk", "kk", "ky", "mn", "sr": return "Cyrl"
        default: return "Latn"
        }
    }

    /// The script a locale writes in: the `script` it declares, else its tag's script subtag
    /// (`zh-Hant`), else the language's usual script, else Latin.
    public static func forLocale(tag: String, declared: String?) -> String {
        if let declared { return declared }
        let parsed = LanguageTag(tag)
        if let script = parsed?.script, known.contains(script) { return script }
        return parsed.flatMap { defaultScript(forLanguage: $0.language, region: $0.region) } ?? "Latn"
    }

    /// Whether the script is written right to left.
    public static func isRightToLeft(_ code: String) -> Bool {
        ["Arab", "Hebr", "Thaa", "Syrc", "Nkoo"].contains(code)
    }
}
