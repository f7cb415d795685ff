import BrandModel

/// A locale's script, direction and font as the request uses them, resolved once: what the guide
/// declares, else what the tag implies (`hi-IN` → Deva, `ar` → right to left), else the guide's
/// font for the script. The text blocks and the template's `{{locale.*}}` both read this, so they
/// cannot disagree.
struct ResolvedLocale {
    let script: String
    let rightToLeft: Bool
    let font: String?

    init(_ locale: BrandLocale, guide: BrandGuide) {
        script = locale.scriptCode
        rightToLeft = locale.direction.map { $0.value == "rtl" } ?? ScriptCode.isRightToLeft(script)
        font = locale.font?.value ?? guide.font(forScript: script)?.family.value
    }

    var direction: String { rightToLeft ? "rtl" : "ltr" }
}
