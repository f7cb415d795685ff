import BrandOCR
import Foundation
import Testing

/// Renders closer to what a model returns: vertical Japanese, and copy on a photographic-like
/// texture instead of a flat background.
@Suite(.enabled(if: RenderedText.isAvailable && OCRLanguages.installed().contains("eng"),
                "pango-view or Tesseract's language data not found: run scripts/setup.sh"))
struct HarderRenderTests {
    @Test func verticalJapaneseReadsBackAndADefectIsCaught() throws {
        try #require(OCRLanguages.installed().contains("jpn_vert"), "install tesseract-ocr-jpn-vert")
        let style = RenderedText.Style(vertical: true)
        let block = ExpectedText(text: "ゆっくり、お茶を", script: "Jpan", isVertical: true)
        let right = TextReadback.read(try RenderedText.bitmap(block.text, script: "Jpan", style: style), expecting: [block], engine: OCREngine())
        #expect(right.results.first?.outcome == .exact, "\(right.readings.map(\.text))")
        let wrong = TextReadback.read(try RenderedText.bitmap("ゆつくり、お茶を", script: "Jpan", style: style), expecting: [block], engine: OCREngine())
        guard case .differs(let expected, _, _) = wrong.results.first?.outcome else {
            Issue.record("the changed kana was not caught: \(String(describing: wrong.results.first)); read \(wrong.readings.map(\.text))")
            return
        }
        #expect(expected.contains("[っ]"))
    }

    @Test(arguments: [("Latn", "Fresh from Uji", "Fresh frum Uji"), ("Deva", "ताज़ा हरी चाय", "ताज़ा हर चाय")])
    func copyOnATexturedBackgroundReadsBack(script: String, copy: String, defect: String) throws {
        let models = OCRLanguages.models(forScript: script)
        try #require(models.allSatisfy(OCRLanguages.installed().contains), "install \(models.map(OCRLanguages.package(of:)))")
        let block = ExpectedText(text: copy, script: script)
        let right = TextReadback.read(try Self.textured(RenderedText.bitmap(copy, script: script)), expecting: [block], engine: OCREngine())
        #expect(right.results.first?.outcome == .exact, "\(right.readings.map(\.text))")
        let wrong = TextReadback.read(try Self.textured(RenderedText.bitmap(defect, script: script)), expecting: [block], engine: OCREngine())
        guard case .differs = wrong.results.first?.outcome else {
            Issue.record("the defect was not caught: \(String(describing: wrong.results.first))")
            return
        }
    }

    /// The bitmap over a warm texture: a slow gradient plus fixed pseudo-random grain of ±24 per
    /// channel (a linear congruential generator, so the image is the same every run).
    static func textured(_ bitmap: OCRBitmap) throws -> OCRBitmap {
        var state: UInt32 = 12_345
        var rgba = bitmap.rgba
        for y in 0..<bitmap.height {
            for x in 0..<bitmap.width {
                let base = (y * bitmap.width + x) * 4
                state = state &* 1_103_515_245 &+ 12_345
                let grain = Int(state >> 16 % 49) % 49 - 24
                let shade = -40 * x / max(1, bitmap.width)
                for channel in 0..<3 {
                    let value = Int(rgba[base + channel])
                    // Ink stays ink; paper takes the texture.
                    let textured = value > 128 ? value + shade + grain - (channel == 2 ? 30 : 0) : value + grain / 3
                    rgba[base + channel] = UInt8(clamping: textured)
                }
            }
        }
        return try #require(OCRBitmap(width: bitmap.width, height: bitmap.height, rgba: rgba))
    }
}
