import Foundation
public import BrandDiagnostics
public import BrandText

/// Copy that must appear inside the image, with what the model needs to render it exactly.
///
/// Rendered in a stable, documented format (docs/text-blocks.md): the exact text as a JSON string,
/// so quotes, newlines or instructions inside copy can never escape the block.
public struct TextBlock: Sendable {
    public var role: String
    /// The exact text, NFC-normalised.
    public var text: String
    public var language: String
    /// ISO 15924 code (`Jpan`, `Arab`…).
    public var script: String
    public var direction: Direction
    public var font: String?
    public var placement: String?
    /// `horizontal` or `vertical`, when the template asks.
    public var layout: String?
    /// Where the copy was written, for diagnostics.
    public var source: SourceLocation
    /// User-perceived characters (grapheme clusters) and display columns of `text`.
    public var length: TextLength
    /// Both strong directions occur (an Arabic line with a Latin brand name), or right-to-left
    /// letters meet digits: the model must keep each run's own order.
    public var isMixedDirection: Bool

    public enum Direction: String, Sendable {
        case leftToRight = "ltr"
        case rightToLeft = "rtl"
    }

    /// The block as it appears in the prompt.
    public func rendered(number: Int) -> String {
        var lines = ["[Text \(number): \(role)]"]
        lines.append("Exact text (JSON string; render the characters between the quotes, nothing else): \(jsonQuoted)")
        lines.append("Length: \(length.characters) characters.")
        var facts = ["language \(language)", "script \(ScriptNames.describe(script))",
                     direction == .rightToLeft ? "direction right-to-left" : "direction left-to-right"]
        if let font { facts.append("font \(font)") }
        lines.append("Typesetting: " + facts.joined(separator: "; ") + ".")
        if let placement { lines.append("Placement: \(placement).") }
        lines.append(contentsOf: renderingNotes)
        return lines.joined(separator: "\n")
    }

    var renderingNotes: [String] {
        var notes: [String] = []
        if direction == .rightToLeft {
            notes.append("Reading direction: right to left; keep the letters joined and the word order as given.")
        }
        if isMixedDirection {
            notes.append("Mixed direction: numbers and Latin words inside it read left to right, in the position given.")
        }
        if ["Jpan", "Hans", "Hant", "Kore", "Hani"].contains(script) {
            notes.append("Layout: \(layout ?? "horizontal") (\(layout == "vertical" ? "top to bottom, columns right to left" : "left to right")).")
        }
        if script == "Deva" {
            notes.append("Devanagari: keep every conjunct and the headline bar (shirorekha) unbroken across each word.")
        }
        notes.append("Do not translate, paraphrase, add or drop characters.")
        return notes
    }

    var jsonQuoted: String {
        String(decoding: JSONStringWriter.encoded(text), as: UTF8.self)
    }
}
