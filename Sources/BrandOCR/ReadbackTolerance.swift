/// What the comparison forgives the engine, per script, from what Debian's fast Tesseract models
/// were measured to do on correct renders (scripts/ocr/measure-accuracy.sh, docs/ocr-accuracy.md).
///
/// The block's own graphemes are always strict: one changed or dropped is a difference. What
/// varies is a grapheme only the reading has: for the scripts the fast models read with stray
/// extra marks (a lone `人` between two kana, a dot beside Arabic), it is the engine's noise and is
/// not counted; for Latin, Devanagari and Hangul it counts like any other edit.
enum ReadbackTolerance {
    static let noisyInsertionScripts: Set<String> = ["Jpan", "Hira", "Kana", "Hans", "Hant", "Hani", "Thai", "Arab", "Hebr"]

    static func ignoresInsertions(forScript script: String) -> Bool {
        noisyInsertionScripts.contains(script)
    }

    /// Latin letters whose capital is the small letter drawn larger: the engine cannot tell their
    /// case apart in many faces, so case alone is not a difference for them.
    static let shapeAlikeLetters: Set<String> = ["c", "k", "o", "p", "s", "u", "v", "w", "x", "z"]

    /// Whether a read grapheme stands for the expected one.
    static func same(_ expected: String, _ read: String) -> Bool {
        if expected == read { return true }
        let lower = expected.lowercased()
        return lower == read.lowercased() && shapeAlikeLetters.contains(lower)
    }

    /// Scripts whose digits and Latin words Tesseract cannot read inside the line.
    static func isRightToLeft(_ script: String) -> Bool {
        script == "Arab" || script == "Hebr"
    }
}
