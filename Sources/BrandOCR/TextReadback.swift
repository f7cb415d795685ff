/// Compares the text blocks a request asked for with what the engine read in its image.
public enum TextReadback {
    /// Below this mean word confidence (0…100) a near match is a note, not an error.
    public static let defaultMinimumConfidence = 50.0

    /// One block against one reading.
    public static func compare(
        _ expected: ExpectedText, with reading: OCRReading, minimumConfidence: Double = defaultMinimumConfidence
    ) -> ReadbackResult {
        let rightToLeft = expected.isRightToLeft || ReadbackTolerance.isRightToLeft(expected.script)
        let drop: (Character) -> Bool = { rightToLeft && ReadbackText.isUnreadableInRightToLeft($0) }
        let want = ReadbackText(expected.text, dropping: drop)
        let caveat = rightToLeft && ReadbackText(expected.text).count != want.count
            ? "its digits, Latin letters and punctuation were not compared: Tesseract reads them reversed or garbled inside right-to-left text"
            : nil
        guard !want.isEmpty else {
            return ReadbackResult(outcome: .unverifiable(reason: caveat ?? "the block has no text to compare"))
        }
        let read = ReadbackText(reading.text, dropping: drop)
        let alignment = GraphemeAlignment(pattern: want.graphemes, text: read.graphemes)
        let confidence = meanConfidence(of: read.graphemes[alignment.range], in: reading, dropping: drop)
        // For scripts the engine reads with stray extra marks, only edits to the block's own
        // graphemes count (ReadbackTolerance).
        let counted = ReadbackTolerance.ignoresInsertions(forScript: expected.script) ? alignment.expectedEdits : alignment.distance
        // More than half the graphemes wrong: nothing in the image is this block.
        guard counted * 2 <= want.count else {
            return ReadbackResult(outcome: .missing, caveat: caveat, confidence: nil)
        }
        let marked = alignment.marked(patternSpaces: want.spaceBefore, textSpaces: read.spaceBefore)
        if alignment.distance == 0 { return ReadbackResult(outcome: .exact, caveat: caveat, confidence: confidence) }
        if counted == 0 {
            let noise = "read with stray extra marks (\(marked.read)), which Tesseract adds to correct \(expected.script) text"
            return ReadbackResult(
                outcome: .exact, caveat: [caveat, noise].compactMap { $0 }.joined(separator: "; "), confidence: confidence)
        }
        if let confidence, confidence < minimumConfidence {
            return ReadbackResult(
                outcome: .lowConfidence(confidence: confidence, read: marked.read), caveat: caveat, confidence: confidence)
        }
        return ReadbackResult(
            outcome: .differs(expectedMarked: marked.expected, readMarked: marked.read, distance: counted),
            caveat: caveat, confidence: confidence)
    }

    /// Reads `bitmap` for `blocks` and keeps each block's best result over the strategies that
    /// help: the image as it is (sparse text, or the vertical models for vertical blocks), then
    /// inverted when its border is dark, then binarised (Otsu), then Tesseract's own page analysis. Stops early once every
    /// block is exact. Blocks whose models are not installed get `.languageMissing`.
    public static func read(
        _ bitmap: OCRBitmap, expecting blocks: [ExpectedText], engine: OCREngine,
        installed: Set<String> = OCRLanguages.installed(), minimumConfidence: Double = defaultMinimumConfidence
    ) -> (results: [ReadbackResult], readings: [OCRReading]) {
        var results = [ReadbackResult?](repeating: nil, count: blocks.count)
        var readings: [OCRReading] = []
        var groups: [[String]: [Int]] = [:]
        for (index, block) in blocks.enumerated() {
            let models = OCRLanguages.models(forScript: block.script, vertical: block.isVertical)
            let missing = models.filter { !installed.contains($0) }
            if !missing.isEmpty {
                results[index] = ReadbackResult(outcome: .languageMissing(models: missing))
            } else {
                groups[models, default: []].append(index)
            }
        }
        for models in groups.keys.sorted(by: { $0.joined() < $1.joined() }) {
            let members = groups[models] ?? []
            let vertical = members.contains { blocks[$0].isVertical }
            let layout: OCRLayout = vertical ? .vertical : .sparse
            var image = GrayImage(bitmap)
            var attempts: [(GrayImage, OCRLayout)] = [(image, layout)]
            if image.hasDarkBorder {
                image.invert()
                attempts.append((image, layout))
            }
            let upright = image
            image.binarize()
            attempts.append((image, layout))
            if !vertical { attempts.append((upright, .automatic)) }
            for (attempt, layout) in attempts {
                guard let reading = try? engine.read(attempt, models: models, layout: layout)
                else { continue }
                readings.append(reading)
                for index in members {
                    let result = compare(blocks[index], with: reading, minimumConfidence: minimumConfidence)
                    if results[index].map({ result.rank < $0.rank }) ?? true { results[index] = result }
                }
                if members.allSatisfy({ results[$0]?.outcome == .exact }) { break }
            }
        }
        return (results.map { $0 ?? ReadbackResult(outcome: .missing) }, readings)
    }

    /// Confident words (at least `minimumConfidence`, two graphemes or more) that are part of no
    /// expected block: text the model added where the template asked for none.
    public static func unexpectedText(
        in reading: OCRReading, expecting blocks: [ExpectedText], minimumConfidence: Double = 80
    ) -> [String] {
        let expected = blocks.map { ReadbackText($0.text).graphemes.joined() }
        return reading.words.compactMap { word in
            let folded = ReadbackText(word.text).graphemes
            guard word.confidence >= minimumConfidence, folded.count >= 2,
                folded.contains(where: { $0.unicodeScalars.contains { $0.properties.isAlphabetic } })
            else { return nil }
            let joined = folded.joined()
            return expected.contains { $0.contains(joined) } ? nil : word.text
        }
    }

    /// The mean confidence of the words that make up the matched graphemes.
    private static func meanConfidence(
        of matched: ArraySlice<String>, in reading: OCRReading, dropping drop: (Character) -> Bool
    ) -> Double? {
        let target = matched.joined()
        guard !target.isEmpty else { return nil }
        let words = reading.words.filter { word in
            let folded = ReadbackText(word.text, dropping: drop).graphemes.joined()
            return !folded.isEmpty && target.contains(folded)
        }
        guard !words.isEmpty else { return nil }
        return words.map(\.confidence).reduce(0, +) / Double(words.count)
    }
}
