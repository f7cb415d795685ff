import BrandDiagnostics
import BrandModel
import Testing

@testable import BrandImageCheck

/// The interim measurements: CIEDE2000 on published pairs, sRGB to Lab, deterministic dominant
/// colours, and the grapheme-level text match with its marks.
@Suite struct MeasurementTests {
    /// Pairs 1, 7, 17 and 25 of Sharma, Wu and Dalal (2005), Table 1, to 4 decimals, both orders.
    @Test func ciede2000MatchesPublishedPairs() {
        let pairs: [(LabColour, LabColour, Double)] = [
            (LabColour(l: 50, a: 2.6772, b: -79.7751), LabColour(l: 50, a: 0, b: -82.7485), 2.0425),
            (LabColour(l: 50, a: 0, b: 0), LabColour(l: 50, a: -1, b: 2), 2.3669),
            (LabColour(l: 50, a: 2.5, b: 0), LabColour(l: 73, a: 25, b: -18), 27.1492),
            (LabColour(l: 60.2574, a: -34.0099, b: 36.2677), LabColour(l: 60.4626, a: -34.1751, b: 39.4387), 1.2644),
        ]
        for (first, second, expected) in pairs {
            #expect(abs(first.distance(to: second) - expected) < 1e-4, "\(first) \(second)")
            #expect(abs(second.distance(to: first) - expected) < 1e-4, "symmetric")
        }
    }

    @Test func sRGBWhiteAndBlackInLab() throws {
        let white = try #require(LabColour(hex: "#FFFFFF"))
        #expect(abs(white.l - 100) < 0.01 && abs(white.a) < 0.01 && abs(white.b) < 0.01)
        let black = try #require(LabColour(hex: "#000000"))
        #expect(abs(black.l) < 0.01)
        #expect(LabColour(hex: "#12345") == nil)
    }

    @Test func dominantColoursAreDeterministicAndLargestFirst() {
        let pixels = [(UInt8, UInt8, UInt8)](repeating: (247, 243, 234), count: 90) + [(UInt8, UInt8, UInt8)](repeating: (27, 27, 31), count: 10)
        let clusters = DominantColours.clusters(of: pixels)
        #expect(clusters.map(\.hex) == ["#F7F3EA", "#1B1B1F"])
        #expect(clusters.map(\.share) == [0.9, 0.1])
        #expect(DominantColours.clusters(of: pixels.reversed()).map(\.hex) == clusters.map(\.hex))
    }

    @Test func oneChangedGraphemeIsMarkedOnBothSides() throws {
        let match = try #require(TextMatch.find("Tea, the slow way.", in: ["SPRING", "Tea,", "the", "slow", "wav."], script: "Latn"))
        #expect(match.edits == 1)
        #expect(match.expectedMarked == "Tea, the slow wa[y].")
        #expect(match.readMarked == "Tea, the slow wa[v].")
        #expect(match.words == 1..<5, "SPRING is not part of the block")
    }

    @Test func caseAloneIsNoDifferenceForShapeAlikeLetters() throws {
        #expect(try #require(TextMatch.find("Shizuoka's spring", in: ["ShizuoKa's", "spring"], script: "Latn")).edits == 0)
        #expect(try #require(TextMatch.find("Shizuoka's spring", in: ["ShIzuoka's", "spring"], script: "Latn")).edits == 1,
                "i and I look different: still a difference")
    }

    @Test func kanaAreComparedAsGraphemesWithoutSpaces() throws {
        let match = try #require(TextMatch.find("ゆっくり、お茶を。", in: ["ゆ つ く り 、", "お 茶 を 。"], script: "Jpan"))
        #expect(match.edits == 1)
        #expect(match.expectedMarked == "ゆ[っ]くり、お茶を。")
        #expect(match.expectedEdits == 1)
        let noisy = try #require(TextMatch.find("ゆっくり、お茶を。", in: ["ゆっくり、お人茶を。"], script: "Jpan"))
        #expect(noisy.edits == 1 && noisy.expectedEdits == 0, "a stray extra grapheme leaves the block's own intact")
        let exact = try #require(TextMatch.find("ゆっくり、お茶を。", in: ["ゆっくり", "、お茶を。"], script: "Jpan"))
        #expect(exact.edits == 0)
    }

    @Test func aDroppedViramaIsOneEditNotAMatch() throws {
        // Devanagari "क्या" vs "कया": the virama joins a cluster, so the graphemes differ.
        let match = try #require(TextMatch.find("क्या", in: ["कया"], script: "Deva"))
        #expect(match.edits > 0)
    }

    static func block(_ text: String, script: String = "Latn", rightToLeft: Bool = false) -> ExpectedText {
        ExpectedText(role: "headline", text: text, script: script, isRightToLeft: rightToLeft, language: "en",
                     source: SourceLocation(file: "brand.yaml"))
    }

    static func words(_ texts: [String], confidence: Double = 90) -> [TextReader.Word] {
        texts.map { TextReader.Word(text: $0, confidence: confidence) }
    }

    @Test func aChangedLetterDiffersAnAccentAloneIsANoteThatSaysWhy() {
        let thresholds = ImageCheckThresholds()
        let changed = ImageInspector.compare(Self.block("Café crème"), with: Self.words(["Cafe", "crème"]), thresholds: thresholds)
        if case .unverifiable(let reason) = changed.outcome {
            #expect(reason.contains("only accents differ"))
        } else {
            Issue.record("an accent the engine drops is not an error: \(changed.outcome)")
        }
        let letter = ImageInspector.compare(Self.block("Café crème"), with: Self.words(["Cafe", "crxme"]), thresholds: thresholds)
        #expect(letter.outcome == .differs(expectedMarked: "Caf[é] cr[è]me", readMarked: "Caf[e] cr[x]me"))
        let unsure = ImageInspector.compare(Self.block("Slow down"), with: Self.words(["Slow", "dovn"], confidence: 30), thresholds: thresholds)
        #expect(unsure.outcome == .lowConfidence(confidence: 30, read: "Slow dovn"))
        let gone = ImageInspector.compare(Self.block("Slow down"), with: Self.words(["SALE"]), thresholds: thresholds)
        #expect(gone.outcome == .missing)
    }

    @Test func digitsInsideRightToLeftTextAreLeftOutWithACaveat() {
        let reading = ImageInspector.compare(
            Self.block("خصم 50% اليوم", script: "Arab", rightToLeft: true), with: Self.words(["خصم", "150%", "اليوم"]),
            thresholds: ImageCheckThresholds())
        #expect(reading.outcome == .exact)
        #expect(reading.caveat?.contains("digits") == true)
    }
}
