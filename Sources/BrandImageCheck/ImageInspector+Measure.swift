import BrandModel
import Foundation

extension ImageInspector {
    /// Dominant colours with their nearest brand colour, the palette share, and the border's colour
    /// against the `background` role.
    static func colours(
        _ pixels: [(UInt8, UInt8, UInt8)], palette: [ExpectedColour], thresholds: ImageCheckThresholds
    ) -> ColourObservation? {
        let brand = palette.compactMap { colour in LabColour(hex: colour.hex) }
        guard brand.count == palette.count, !brand.isEmpty else { return nil }
        func nearest(_ lab: LabColour) -> (Int, Double) {
            brand.indices.map { ($0, lab.distance(to: brand[$0])) }.min { $0.1 < $1.1 } ?? (0, .infinity)
        }
        let dominant = DominantColours.clusters(of: pixels).map { cluster in
            let (index, distance) = nearest(cluster.lab)
            return MeasuredColour(hex: cluster.hex, share: cluster.share, nearest: index, distance: distance)
        }
        let within = pixels.filter { nearest(LabColour(red: $0.0, green: $0.1, blue: $0.2)).1 <= thresholds.deltaE }.count
        let side = PixelReader.side
        let border = pixels.indices.filter { index in
            let (row, column) = (index / side, index % side)
            return row < 2 || column < 2 || row >= side - 2 || column >= side - 2
        }.map { pixels[$0] }
        var background: MeasuredColour?
        if let cluster = DominantColours.clusters(of: border, count: 3).first {
            let role = palette.firstIndex { $0.role == "background" }
            let (index, distance) = role.map { ($0, cluster.lab.distance(to: brand[$0])) } ?? nearest(cluster.lab)
            background = MeasuredColour(hex: cluster.hex, share: cluster.share, nearest: index, distance: distance)
        }
        return ColourObservation(
            dominant: dominant, paletteShare: Double(within) / Double(max(1, pixels.count)), background: background)
    }

    /// Reads the image once per language set its blocks need and compares each block.
    func readText(
        _ path: String, _ expectations: ImageExpectations, _ thresholds: ImageCheckThresholds,
        into observation: inout ImageObservation
    ) {
        var readings: [[String]: [TextReader.Word]] = [:]
        var covered = Set<Int>()
        var first: [TextReader.Word]?
        for (index, block) in expectations.textBlocks.enumerated() {
            let languages = TextReader.languages(for: block.script, vertical: block.isVertical)
            let missing = languages.filter { !TextReader.isInstalled($0.code) }
            guard missing.isEmpty else {
                observation.missingLanguages += missing.map { MissingLanguage(language: $0.name, package: TextReader.package(of: $0.code)) }
                observation.texts.append(TextObservation(block: index, outcome: .languageMissing))
                continue
            }
            let codes = languages.map(\.code)
            if readings[codes] == nil {
                readings[codes] = TextReader.words(in: path, languages: codes, vertical: block.isVertical)
            }
            guard let words = readings[codes] else {
                observation.texts.append(TextObservation(
                    block: index, outcome: .unverifiable(reason: "the OCR engine (tesseract) could not run on this image")))
                continue
            }
            if first == nil { first = words }
            let reading = Self.compare(block, with: words, thresholds: thresholds)
            observation.texts.append(reading.observation(block: index))
            covered.formUnion(reading.words)
        }
        guard let words = first else { return }
        observation.unexpectedText = words.indices.filter { index in
            !covered.contains(index) && words[index].confidence >= thresholds.ocrConfidence
                && words[index].text.filter(\.isLetter).count >= 2
        }.map { words[$0].text }
    }

    struct Reading {
        var outcome: TextObservation.Outcome
        var caveat: String?
        var words: Range<Int>

        func observation(block: Int) -> TextObservation {
            TextObservation(block: block, outcome: outcome, caveat: caveat)
        }
    }

    /// One block against the words read. Right-to-left blocks are compared on their own letters
    /// only: digits and Latin words inside them come back reordered or garbled (tesseract #2263,
    /// #2897), which is said as a caveat instead of a false error.
    static func compare(_ block: ExpectedText, with words: [TextReader.Word], thresholds: ImageCheckThresholds) -> Reading {
        var expected = block.text
        var texts = words.map(\.text)
        var caveat: String?
        if block.isRightToLeft {
            func rightToLeftOnly(_ text: String) -> String {
                String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
                    !(scalar.properties.numericType != nil || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar))
                }))
            }
            let stripped = rightToLeftOnly(expected)
            if stripped != expected {
                caveat = "its digits and Latin letters were not compared: OCR reorders and garbles them inside right-to-left text"
                expected = stripped
                texts = texts.map(rightToLeftOnly)
            }
        }
        let length = TextMatch.graphemes(expected, script: block.script).count
        guard let match = TextMatch.find(expected, in: texts, script: block.script), match.edits * 2 <= length else {
            return Reading(outcome: .missing, caveat: caveat, words: 0..<0)
        }
        let tolerated = TextMatch.tolerantScripts.contains(block.script) && match.expectedEdits == 0
        if match.edits == 0 || tolerated { return Reading(outcome: .exact, caveat: caveat, words: match.words) }
        if block.script == "Latn", let folded = TextMatch.find(
            expected.folding(options: .diacriticInsensitive, locale: nil),
            in: texts.map { $0.folding(options: .diacriticInsensitive, locale: nil) }, script: block.script), folded.edits == 0
        {
            let reason = "it reads \(ImageChecker.quoted(match.readMarked)) for \(ImageChecker.quoted(match.expectedMarked)): only accents "
                + "differ, and Tesseract's fast Latin model drops some accents; look at the image"
            return Reading(outcome: .unverifiable(reason: reason), caveat: caveat, words: match.words)
        }
        let confidences = match.words.map { words[$0].confidence }
        let confidence = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
        if confidence < thresholds.ocrConfidence {
            let read = match.words.map { texts[$0] }.joined(separator: " ")
            return Reading(outcome: .lowConfidence(confidence: confidence, read: read), caveat: caveat, words: match.words)
        }
        return Reading(outcome: .differs(expectedMarked: match.expectedMarked, readMarked: match.readMarked),
                       caveat: caveat, words: match.words)
    }
}
