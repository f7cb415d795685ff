import BrandImages
import BrandModel
import BrandOCR
import Foundation

extension ImageInspector {
    /// Dominant colours with their nearest brand colour, the palette share, and the border's colour
    /// against the `background` role.
    static func colours(_ pixels: [RGB], palette: [ExpectedColour], thresholds: ImageCheckThresholds) -> ColourObservation? {
        let brand = palette.compactMap { colour in LabColor(hex: colour.hex) }
        guard brand.count == palette.count, !brand.isEmpty else { return nil }
        func nearest(_ lab: LabColor) -> (Int, Double) {
            brand.indices.map { ($0, ciede2000(lab, brand[$0])) }.min { $0.1 < $1.1 } ?? (0, .infinity)
        }
        let dominant = DominantColours.clusters(of: pixels).map { cluster in
            let (index, distance) = nearest(cluster.lab)
            return MeasuredColour(hex: cluster.hex, share: cluster.share, nearest: index, distance: distance)
        }
        let within = pixels.filter { nearest(LabColor(red: $0.red, green: $0.green, blue: $0.blue)).1 <= thresholds.deltaE }.count
        let side = Int(Double(pixels.count).squareRoot())
        let border = pixels.indices.filter { index in
            let (row, column) = (index / side, index % side)
            return row < 2 || column < 2 || row >= side - 2 || column >= side - 2
        }.map { pixels[$0] }
        var background: MeasuredColour?
        if let cluster = DominantColours.clusters(of: border, count: 3).first {
            let role = palette.firstIndex { $0.role == "background" }
            let (index, distance) = role.map { ($0, ciede2000(cluster.lab, brand[$0])) } ?? nearest(cluster.lab)
            background = MeasuredColour(hex: cluster.hex, share: cluster.share, nearest: index, distance: distance)
        }
        return ColourObservation(
            dominant: dominant, paletteShare: Double(within) / Double(max(1, pixels.count)), background: background)
    }

    /// Reads the image's text with this worker's engine and compares each block (TextReadback).
    func readText(
        _ image: DecodedImage, _ expectations: ImageExpectations, _ thresholds: ImageCheckThresholds,
        into observation: inout ImageObservation
    ) {
        guard !expectations.textBlocks.isEmpty else { return }
        guard let bitmap = OCRBitmap(width: image.width, height: image.height, rgba: image.pixels) else { return }
        let blocks = expectations.textBlocks.map(\.readback)
        let (results, readings) = TextReadback.read(
            bitmap, expecting: blocks, engine: engine, installed: installedModels,
            minimumConfidence: thresholds.ocrConfidence)
        for (index, result) in results.enumerated() {
            if case .languageMissing(let models) = result.outcome {
                observation.missingLanguages += models.map { MissingLanguage(language: OCRLanguages.displayName(of: $0), package: OCRLanguages.package(of: $0)) }
            }
            observation.texts.append(Self.observation(of: result, block: index, expected: blocks[index], readings: readings))
        }
        if let first = readings.first {
            observation.unexpectedText = TextReadback.unexpectedText(
                in: first, expecting: blocks, minimumConfidence: max(thresholds.ocrConfidence, 80))
        }
    }

    /// One block's readback as the checker sees it. A Latin difference in accents alone becomes a
    /// note that says why: Tesseract's fast Latin model drops accents it cannot place.
    static func observation(of result: ReadbackResult, block: Int, expected: BrandOCR.ExpectedText, readings: [OCRReading]) -> TextObservation {
        switch result.outcome {
        case .exact:
            return TextObservation(block: block, outcome: .exact, caveat: result.caveat)
        case .missing:
            return TextObservation(block: block, outcome: .missing, caveat: result.caveat)
        case .lowConfidence(let confidence, let read):
            return TextObservation(block: block, outcome: .lowConfidence(confidence: confidence, read: read), caveat: result.caveat)
        case .unverifiable(let reason):
            return TextObservation(block: block, outcome: .unverifiable(reason: reason), caveat: result.caveat)
        case .languageMissing:
            return TextObservation(block: block, outcome: .languageMissing)
        case .differs(let expectedMarked, let readMarked, _):
            if expected.script == "Latn", differsInAccentsOnly(expected, readings) {
                let reason = "it reads \(ImageChecker.quoted(readMarked)) for \(ImageChecker.quoted(expectedMarked)): only accents "
                    + "differ, and Tesseract's fast Latin model drops some accents; look at the image"
                return TextObservation(block: block, outcome: .unverifiable(reason: reason), caveat: result.caveat)
            }
            return TextObservation(
                block: block, outcome: .differs(expectedMarked: expectedMarked, readMarked: readMarked), caveat: result.caveat)
        }
    }

    /// Whether some reading matches the block exactly once accents are folded away on both sides.
    static func differsInAccentsOnly(_ expected: BrandOCR.ExpectedText, _ readings: [OCRReading]) -> Bool {
        func fold(_ text: String) -> String { text.folding(options: .diacriticInsensitive, locale: nil) }
        var folded = expected
        folded.text = fold(expected.text)
        return readings.contains { reading in
            let plain = OCRReading(text: fold(reading.text), words: [], meanConfidence: reading.meanConfidence)
            return TextReadback.compare(folded, with: plain, minimumConfidence: 0).outcome == .exact
        }
    }
}

extension ExpectedText {
    /// The block as the OCR comparison takes it.
    var readback: BrandOCR.ExpectedText {
        BrandOCR.ExpectedText(text: text, script: script, isRightToLeft: isRightToLeft, isVertical: isVertical)
    }
}
