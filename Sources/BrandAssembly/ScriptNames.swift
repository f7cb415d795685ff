import BrandText

/// Names a prompt gives scripts: `Jpan (Japanese: kanji and kana)`, `Arab (Arabic)`.
enum ScriptNames {
    static func describe(_ code: String) -> String {
        switch code {
        case "Jpan": return "Jpan (Japanese: kanji and kana)"
        case "Kore": return "Kore (Korean: Hangul)"
        case "Hans": return "Hans (Simplified Chinese)"
        case "Hant": return "Hant (Traditional Chinese)"
        default: return UnicodeScript(isoCode: code).map { "\(code) (\($0.longName))" } ?? code
        }
    }
}
