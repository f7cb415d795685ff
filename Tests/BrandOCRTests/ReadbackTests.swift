import BrandOCR
import Foundation
import Testing

/// Real renders read by the real engine: correct copy reads back exactly, and a one-grapheme
/// defect in the image is caught with the grapheme marked.
@Suite(.enabled(if: RenderedText.isAvailable && OCRLanguages.installed().contains("eng"),
                "pango-view or Tesseract's language data not found: run scripts/setup.sh"))
struct ReadbackTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let script: String
        let expected: String
        /// What the image shows instead: one grapheme changed, dropped or added.
        let defect: String
        var rightToLeft: Bool { script == "Arab" || script == "Hebr" }
        var testDescription: String { script }
    }

    static let cases: [Case] = [
        Case(script: "Latn", expected: "Slow mornings, fresh tea", defect: "Slow mornings, fresh tee"),
        Case(script: "Latn", expected: "Café au lait", defect: "Cafe au lait"),
        Case(script: "Jpan", expected: "ゆっくり、お茶の時間", defect: "ゆつくり、お茶の時間"),
        Case(script: "Hans", expected: "慢慢喝茶", defect: "慢慢吃茶"),
        Case(script: "Kore", expected: "천천히 마시는 차", defect: "천천히 마시는 자"),
        Case(script: "Deva", expected: "ताज़ा हरी चाय", defect: "ताज़ा हर चाय"),
        Case(script: "Arab", expected: "شاي أخضر طازج", defect: "شاي أخضر طارج"),
        Case(script: "Hebr", expected: "תה ירוק טרי", defect: "תה ירוק טרו"),
    ]

    static func expected(_ testCase: Case) -> ExpectedText {
        ExpectedText(text: testCase.expected, script: testCase.script, isRightToLeft: testCase.rightToLeft)
    }

    @Test(arguments: cases)
    func correctRenderReadsBackExactly(_ testCase: Case) throws {
        let models = OCRLanguages.models(forScript: testCase.script)
        try #require(models.allSatisfy(OCRLanguages.installed().contains), "install \(models.map(OCRLanguages.package(of:)))")
        let bitmap = try RenderedText.bitmap(testCase.expected, script: testCase.script)
        let (results, _) = TextReadback.read(bitmap, expecting: [Self.expected(testCase)], engine: OCREngine())
        #expect(results.first?.outcome == .exact, "\(String(describing: results.first))")
    }

    @Test(arguments: cases)
    func oneGraphemeDefectIsCaught(_ testCase: Case) throws {
        let models = OCRLanguages.models(forScript: testCase.script)
        try #require(models.allSatisfy(OCRLanguages.installed().contains), "install \(models.map(OCRLanguages.package(of:)))")
        let bitmap = try RenderedText.bitmap(testCase.defect, script: testCase.script)
        let (results, readings) = TextReadback.read(bitmap, expecting: [Self.expected(testCase)], engine: OCREngine())
        let outcome = try #require(results.first?.outcome)
        switch outcome {
        case .differs(let expectedMarked, _, let distance):
            #expect(distance >= 1)
            #expect(expectedMarked.contains("["))
        default:
            Issue.record("\(testCase.script): the defect '\(testCase.defect)' was not caught: \(outcome); read \(readings.map(\.text))")
        }
    }

    @Test func whiteOnDarkReadsBackAfterInverting() throws {
        let style = RenderedText.Style(foreground: "#FFFFFF", background: "#1B1B3A")
        let bitmap = try RenderedText.bitmap("Fresh from Uji", script: "Latn", style: style)
        let (results, _) = TextReadback.read(bitmap, expecting: [ExpectedText(text: "Fresh from Uji", script: "Latn")], engine: OCREngine())
        #expect(results.first?.outcome == .exact)
    }

    @Test func textNotInTheImageIsMissingAndExtraTextIsFound() throws {
        let bitmap = try RenderedText.bitmap("Summer Sale today", script: "Latn")
        let blocks = [ExpectedText(text: "Autumn harvest", script: "Latn"), ExpectedText(text: "Sale", script: "Latn")]
        let (results, readings) = TextReadback.read(bitmap, expecting: blocks, engine: OCREngine())
        #expect(results.first?.outcome == .missing)
        #expect(results.last?.outcome == .exact)
        let extra = readings.flatMap { TextReadback.unexpectedText(in: $0, expecting: blocks) }
        #expect(extra.contains("Summer"))
        #expect(!extra.contains("Sale"))
    }

    @Test func digitsInsideArabicAreLeftOutWithACaveat() throws {
        try #require(OCRLanguages.installed().contains("ara"), "install tesseract-ocr-ara")
        let text = "خصم 50% على الشاي"
        let bitmap = try RenderedText.bitmap(text, script: "Arab")
        let (results, _) = TextReadback.read(
            bitmap, expecting: [ExpectedText(text: text, script: "Arab", isRightToLeft: true)], engine: OCREngine())
        let result = try #require(results.first)
        #expect(result.caveat?.contains("digits") == true)
        #expect(result.outcome == .exact, "\(result.outcome)")
    }

    @Test func aMissingLanguageIsReportedNotFatal() throws {
        let bitmap = try RenderedText.bitmap("Tea", script: "Latn")
        let (results, _) = TextReadback.read(
            bitmap, expecting: [ExpectedText(text: "ชาเขียว", script: "Thai")], engine: OCREngine(), installed: ["eng"])
        #expect(results.first?.outcome == .languageMissing(models: ["tha"]))
        #expect(OCRLanguages.package(of: "chi_sim_vert") == "tesseract-ocr-chi-sim-vert")
        #expect(OCRLanguages.displayName(of: "chi_sim_vert") == "Chinese (simplified), vertical")
        #expect(OCRLanguages.displayName(of: "xyz") == "xyz")
    }
}
