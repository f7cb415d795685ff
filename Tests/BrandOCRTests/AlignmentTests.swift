import Testing

@testable import BrandOCR

/// The comparison without an engine: folding, located matching, marking.
@Suite struct AlignmentTests {
    func reading(_ text: String, confidence: Double = 90) -> OCRReading {
        OCRReading(
            text: text,
            words: text.split(separator: " ").map { .init(text: String($0), confidence: confidence, left: 0, top: 0, right: 1, bottom: 1) },
            meanConfidence: confidence)
    }

    @Test func expectedTextIsFoundInsideWhatWasRead() {
        let result = TextReadback.compare(ExpectedText(text: "Fresh tea", script: "Latn"), with: reading("NEW  Fresh\ntea 20% off"))
        #expect(result.outcome == .exact)
    }

    @Test func aChangedKanaIsMarkedOnBothSides() {
        let result = TextReadback.compare(ExpectedText(text: "ゆっくり", script: "Jpan"), with: reading("ゆつくり"))
        #expect(result.outcome == .differs(expectedMarked: "ゆ[っ]くり", readMarked: "ゆ[つ]くり", distance: 1))
    }

    @Test func graphemesNotCodeUnitsAreCompared() {
        // चा and टी differ in both their consonant and their vowel sign: two code units, one cluster.
        let result = TextReadback.compare(ExpectedText(text: "चाय", script: "Deva"), with: reading("टीय"))
        guard case .differs(_, _, let distance) = result.outcome else {
            Issue.record("\(result.outcome)")
            return
        }
        #expect(distance == 1)
    }

    @Test func bidiMarksAndCompatibilityFormsFold() {
        #expect(TextReadback.compare(ExpectedText(text: "תה ירוק", script: "Hebr"), with: reading("\u{200F}תה ירוק\u{200E}")).outcome == .exact)
        #expect(TextReadback.compare(ExpectedText(text: "ＴＥＡ", script: "Latn"), with: reading("TEA")).outcome == .exact)
        #expect(TextReadback.compare(ExpectedText(text: "น้ำ", script: "Thai"), with: reading("น้ํา".decomposedStringWithCanonicalMapping)).outcome != .missing)
    }

    @Test func farFromTheExpectedTextIsMissing() {
        #expect(TextReadback.compare(ExpectedText(text: "Autumn harvest", script: "Latn"), with: reading("Summer sale")).outcome == .missing)
        #expect(TextReadback.compare(ExpectedText(text: "Tea", script: "Latn"), with: .empty).outcome == .missing)
    }

    @Test func lowConfidenceNearMatchIsNotADefect() {
        let result = TextReadback.compare(ExpectedText(text: "Fresh tea", script: "Latn"), with: reading("Fresh tec", confidence: 30))
        guard case .lowConfidence(let confidence, _) = result.outcome else {
            Issue.record("\(result.outcome)")
            return
        }
        #expect(confidence == 30)
    }

    @Test func alignmentRangeAndSteps() {
        let alignment = GraphemeAlignment(pattern: ["b", "c", "d"], text: ["a", "b", "x", "d", "e"])
        #expect(alignment.distance == 1)
        #expect(alignment.range == 1..<4)
        #expect(alignment.steps == [.same("b"), .substituted(expected: "c", read: "x"), .same("d")])
    }

    @Test func caseAloneIsNoDifferenceForShapeAlikeLettersOnly() {
        #expect(TextReadback.compare(ExpectedText(text: "Shizuoka's spring", script: "Latn"), with: reading("ShizuoKa's spring")).outcome == .exact)
        let changed = TextReadback.compare(ExpectedText(text: "Shizuoka's spring", script: "Latn"), with: reading("ShIzuoka's spring"))
        #expect(changed.outcome == .differs(expectedMarked: "Sh[i]zuoka's spring", readMarked: "Sh[I]zuoka's spring", distance: 1),
                "i and I look different: still a difference")
    }

    @Test func aStrayExtraKanjiIsNoiseButAChangedKanaIsNot() {
        let noisy = TextReadback.compare(ExpectedText(text: "ゆっくり、お茶を。", script: "Jpan"), with: reading("ゆっくり、お人茶を。"))
        #expect(noisy.outcome == .exact)
        #expect(noisy.caveat?.contains("人") == true, "the caveat shows the stray mark")
        let latin = TextReadback.compare(ExpectedText(text: "slow tea", script: "Latn"), with: reading("slow tela"))
        #expect(latin.outcome != .exact, "an extra Latin letter counts")
        let changed = TextReadback.compare(ExpectedText(text: "ゆっくり、お茶を。", script: "Jpan"), with: reading("ゆつくり、お人茶を。"))
        guard case .differs(_, _, let distance) = changed.outcome else {
            Issue.record("\(changed.outcome)")
            return
        }
        #expect(distance == 1, "only the block's own changed grapheme counts")
    }
}
