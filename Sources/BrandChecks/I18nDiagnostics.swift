public import BrandDiagnostics

extension DiagnosticCode {
    public static let scriptMismatch = DiagnosticCode(
        "I001", name: "script-mismatch", summary: "Copy is not written in its locale's script.", severity: .error)
    public static let persoArabicLetters = DiagnosticCode(
        "I002", name: "perso-arabic-letters", summary: "Arabic copy uses letters or digits of Persian or Urdu.",
        severity: .note)
    public static let missingScriptFont = DiagnosticCode(
        "I003", name: "missing-script-font", summary: "No brand font covers the script of a locale's copy.",
        severity: .warning)
    public static let unusedScriptFont = DiagnosticCode(
        "I004", name: "unused-script-font", summary: "A font is declared for a script that no locale uses.",
        severity: .warning)
    public static let bidiControl = DiagnosticCode(
        "I005", name: "bidi-control",
        summary: "Unbalanced or overriding bidi controls that reorder copy (the Trojan Source attack).",
        severity: .error)
    public static let strayDirectionalMark = DiagnosticCode(
        "I006", name: "stray-directional-mark", summary: "An LRM, RLM or ALM where it has no effect.",
        severity: .warning)
    public static let invisibleCharacter = DiagnosticCode(
        "I007", name: "invisible-character",
        summary: "A zero-width or invisible character where no script needs it.", severity: .warning)
    public static let brandLookalike = DiagnosticCode(
        "I008", name: "brand-lookalike",
        summary: "A word that imitates the brand name with letters of another script.", severity: .error)
    public static let mixedScriptWord = DiagnosticCode(
        "I009", name: "mixed-script-word", summary: "A word mixes letters of two scripts (a likely confusable).",
        severity: .warning)
    public static let devanagariOrphanMark = DiagnosticCode(
        "I010", name: "devanagari-orphan-mark",
        summary: "A Devanagari sign with no consonant to attach to; it renders on a dotted circle.", severity: .error)
    public static let rightToLeftDigits = DiagnosticCode(
        "I011", name: "rtl-digits",
        summary: "Right-to-left copy with digits and no declared direction; models tend to reorder it.",
        severity: .warning)
    public static let copyTooLong = DiagnosticCode(
        "I012", name: "copy-too-long", summary: "Copy is longer than a template allows for its role.",
        severity: .error)
    public static let notNFC = DiagnosticCode(
        "I013", name: "not-nfc", summary: "Copy is not in Unicode normalization form C.", severity: .warning)
    public static let unusualCodePoint = DiagnosticCode(
        "I014", name: "unusual-code-point", summary: "Copy contains unassigned or private-use code points.",
        severity: .warning)
    public static let controlCharacter = DiagnosticCode(
        "I015", name: "control-character", summary: "Copy contains C0 or C1 control characters.", severity: .error)
}
