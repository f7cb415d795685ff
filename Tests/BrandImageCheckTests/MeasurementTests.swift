import BrandDiagnostics
import BrandImages
import BrandModel
import BrandOCR
import Testing

@testable import BrandImageCheck

/// The measurements the checker adds on top of BrandImages and BrandOCR: deterministic dominant
/// colours of a thumbnail, and how a readback becomes an observation.
@Suite struct MeasurementTests {
    @Test func dominantColoursAreDeterministicAndLargestFirst() {
        let pixels = [RGB](repeating: RGB(red: 247, green: 243, blue: 234), count: 90)
            + [RGB](repeating: RGB(red: 27, green: 27, blue: 31), count: 10)
        let clusters = DominantColours.clusters(of: pixels)
        #expect(clusters.map(\.hex) == ["#F7F3EA", "#1B1B1F"])
        #expect(clusters.map(\.share) == [0.9, 0.1])
        #expect(DominantColours.clusters(of: pixels.reversed()).map(\.hex) == clusters.map(\.hex))
    }

    static func reading(_ text: String) -> OCRReading {
        OCRReading(
            text: text, words: text.split(separator: " ").map { .init(text: String($0), confidence: 90, left: 0, top: 0, right: 1, bottom: 1) },
            meanConfidence: 90)
    }

    static func observe(_ expected: String, read: String) -> TextObservation.Outcome {
        let block = BrandOCR.ExpectedText(text: expected, script: "Latn")
        let readings = [reading(read)]
        let result = TextReadback.compare(block, with: readings[0])
        return ImageInspector.observation(of: result, block: 0, expected: block, readings: readings).outcome
    }

    @Test func aChangedLetterDiffersAnAccentAloneIsANoteThatSaysWhy() {
        if case .unverifiable(let reason) = Self.observe("Café crème", read: "Cafe crème") {
            #expect(reason.contains("only accents differ"))
        } else {
            Issue.record("an accent the engine drops is not an error")
        }
        #expect(Self.observe("Café crème", read: "Cafe crxme") == .differs(expectedMarked: "Caf[é] cr[è]me", readMarked: "Caf[e] cr[x]me"))
        #expect(Self.observe("Slow down", read: "SALE") == .missing)
    }

    @Test func aThumbnailAveragesAreasAndCompositesAlphaOverWhite() {
        // 4 x 2: left half opaque red, right half fully transparent.
        var pixels: [UInt8] = []
        for _ in 0..<2 { pixels += [255, 0, 0, 255, 255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 0] }
        let image = DecodedImage(width: 4, height: 2, format: .png, pixels: pixels)
        let thumbnail = Thumbnail.pixels(of: image, side: 2)
        #expect(thumbnail == [RGB(red: 255, green: 0, blue: 0), RGB(red: 255, green: 255, blue: 255),
                              RGB(red: 255, green: 0, blue: 0), RGB(red: 255, green: 255, blue: 255)])
    }

    static let palette = [
        ExpectedColour(name: "Rice Paper", hex: "#F7F3EA", role: "background", source: SourceLocation(file: "brand.yaml")),
        ExpectedColour(name: "Kumo Blue", hex: "#2F5D8A", source: SourceLocation(file: "brand.yaml")),
    ]

    /// `width` x `height` of `colour` with fixed pseudo-random grain of ±`grain` per channel.
    static func image(_ colour: (Int, Int, Int), grain: Int, width: Int = 200, height: Int = 120) -> DecodedImage {
        var state: UInt32 = 7
        var pixels: [UInt8] = []
        for _ in 0..<(width * height) {
            for channel in [colour.0, colour.1, colour.2] {
                state = state &* 1_103_515_245 &+ 12_345
                let noise = grain == 0 ? 0 : Int(state >> 16) % (2 * grain + 1) - grain
                pixels.append(UInt8(clamping: channel + noise))
            }
            pixels.append(255)
        }
        return DecodedImage(width: width, height: height, format: .png, pixels: pixels)
    }

    @Test(arguments: [0, 6])
    func aPaletteImageIsInsideItFlatOrNoisy(grain: Int) throws {
        let colours = try #require(ImageColours.observe(Self.image((247, 243, 234), grain: grain), palette: Self.palette, thresholds: ImageCheckThresholds()))
        #expect(colours.paletteShare > 0.95)
        #expect(colours.dominant.first?.nearest == 0)
        #expect(try #require(colours.background).distance < 3)
    }

    @Test(arguments: [0, 6])
    func aNeonImageIsOutsideThePaletteFlatOrNoisy(grain: Int) throws {
        let colours = try #require(ImageColours.observe(Self.image((57, 255, 20), grain: grain), palette: Self.palette, thresholds: ImageCheckThresholds()))
        #expect(colours.paletteShare < 0.05)
        let dominant = try #require(colours.dominant.first)
        #expect(dominant.distance > ImageCheckThresholds().deltaE)
        #expect(dominant.share > 0.9 || grain > 0, "flat neon is one cluster")
        #expect(try #require(colours.background).distance > ImageCheckThresholds().deltaE, "the background is off the Rice Paper role")
    }
}
