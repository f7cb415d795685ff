/// The scripts copy in a locale is normally written in, for a rule that compares a text's
/// `ScriptSummary` with the locale it is declared in.
///
/// `tag` is a BCP 47 language tag (`ja`, `zh-Hant`, `sr-Latn-RS`, `pt_BR`). An explicit script
/// subtag decides (`Hans`/`Hant` mean Han, `Jpan` Han with kana, `Kore` Hangul with Han);
/// otherwise the language's usual script, as CLDR's likely subtags give it, with Chinese, Japanese
/// and Korean using all the scripts their writing systems combine. Returns nil for a language
/// this table does not know, so a rule can stay silent rather than guess.
///
/// Latin brand names and digits in non-Latin copy are not the locale's business: a rule should
/// compare only the scripts it cares about.
public func expectedScripts(forLanguageTag tag: String) -> ScriptSet? {
    let subtags = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
    guard let language = subtags.first?.lowercased() else { return nil }
    if let scriptSubtag = subtags.dropFirst().first(where: { $0.count == 4 && $0.allSatisfy(\.isLetter) }) {
        return expectedScripts(forScriptCode: scriptSubtag.prefix(1).uppercased() + scriptSubtag.dropFirst().lowercased())
    }
    return scripts(forLanguage: language)
}

/// The Unicode scripts an ISO 15924 code stands for: a script's own code (`Arab`, `Deva`), or a
/// writing system combining several (`Jpan` is Han, Hiragana and Katakana; `Kore` Hangul and Han;
/// `Hans`/`Hant` Han). Nil for a code that is neither.
public func expectedScripts(forScriptCode code: String) -> ScriptSet? {
    switch code {
    case "Hans", "Hant", "Hani": ScriptSet(.han)
    case "Jpan": ScriptSet([.han, .hiragana, .katakana])
    case "Kore": ScriptSet([.hangul, .han])
    default: UnicodeScript(isoCode: code).map { ScriptSet($0) }
    }
}

private func scripts(forLanguage language: String) -> ScriptSet? {
    switch language {
    case "ja": ScriptSet([.han, .hiragana, .katakana])
    case "ko": ScriptSet([.hangul, .han])
    case "zh", "yue": ScriptSet(.han)
    case "ar", "fa", "ur", "ps", "ckb", "sd", "ug": ScriptSet(.arabic)
    case "he", "yi": ScriptSet(.hebrew)
    case "hi", "mr", "ne", "sa", "kok", "mai", "bho": ScriptSet(.devanagari)
    case "bn", "as": ScriptSet(.bengali)
    case "pa": ScriptSet(.gurmukhi)
    case "gu": ScriptSet(.gujarati)
    case "or": ScriptSet(.oriya)
    case "ta": ScriptSet(.tamil)
    case "te": ScriptSet(.telugu)
    case "kn": ScriptSet(.kannada)
    case "ml": ScriptSet(.malayalam)
    case "si": ScriptSet(.sinhala)
    case "th": ScriptSet(.thai)
    case "lo": ScriptSet(.lao)
    case "km": ScriptSet(.khmer)
    case "my": ScriptSet(.myanmar)
    case "ka": ScriptSet(.georgian)
    case "hy": ScriptSet(.armenian)
    case "am", "ti": ScriptSet(.ethiopic)
    case "el": ScriptSet(.greek)
    case "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg": ScriptSet(.cyrillic)
    case "en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "no", "nb", "nn", "fi", "is", "pl", "cs", "sk",
         "sl", "hr", "bs", "hu", "ro", "tr", "az", "uz", "vi", "id", "ms", "tl", "fil", "sw", "ca", "eu", "gl",
         "et", "lv", "lt", "sq", "ga", "cy", "mt", "af", "zu", "xh", "ha", "yo", "ig", "so":
        ScriptSet(.latin)
    default: nil
    }
}
