import BrandText
import Foundation

/// Text put in the form both sides of a comparison share: compatibility-normalised (NFKC: Thai
/// SARA AM as Tesseract writes it, full-width Latin, ligatures), without bidi marks (Tesseract adds
/// LRM/RLM around runs in right-to-left text) or other default-ignorable characters, and without
/// whitespace at all (engines drop and add spaces, and CJK copy has none), as grapheme clusters.
struct ReadbackText {
    /// Each grapheme as written (after folding), and the index of the source character it came from.
    let graphemes: [String]
    /// Whether whitespace came before each grapheme: not compared, only shown in the marked texts.
    let spaceBefore: [Bool]

    init(_ text: String, dropping drop: (Character) -> Bool = { _ in false }) {
        let folded = text.precomposedStringWithCompatibilityMapping
        var graphemes: [String] = []
        var spaceBefore: [Bool] = []
        var space = false
        for character in folded {
            if character.isWhitespace {
                space = true
                continue
            }
            if drop(character) { continue }
            let kept = String(String.UnicodeScalarView(character.unicodeScalars.filter { !isDefaultIgnorable($0) }))
            guard !kept.isEmpty else { continue }
            graphemes.append(kept)
            spaceBefore.append(space && graphemes.count > 1)
            space = false
        }
        self.graphemes = graphemes
        self.spaceBefore = spaceBefore
    }

    var isEmpty: Bool { graphemes.isEmpty }
    var count: Int { graphemes.count }

    /// Characters Tesseract cannot read back inside right-to-left text: digits and Latin letters
    /// come back reversed or garbled (tesseract-ocr/tesseract #2263, #2897), so they are left out of
    /// the comparison of Arabic and Hebrew blocks, and a note says so.
    static func isUnreadableInRightToLeft(_ character: Character) -> Bool {
        character.unicodeScalars.contains { scalar in
            scalar.properties.numericType != nil || script(of: scalar) == .latin
                || "%$€£¥.,:;-–—/+()[]!?\"'".unicodeScalars.contains(scalar)
        }
    }
}
