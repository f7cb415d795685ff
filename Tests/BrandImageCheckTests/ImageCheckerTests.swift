import BrandDiagnostics
import BrandModel
import Testing

@testable import BrandImageCheck

/// Each finding code from an observation: the code fires on the defect, with the image as the
/// primary location and the expectation's own line as the related one, and stays quiet otherwise.
@Suite struct ImageCheckerTests {
    static let image = "out/tin.hero.en.png"
    static let copyLine = SourceLocation(file: "brands/kumo/brand.yaml", range: SourceRange(at: SourcePosition(offset: 400, line: 31, column: 14)))
    static let ratioLine = SourceLocation(file: "templates/hero.mustache", range: SourceRange(at: SourcePosition(offset: 90, line: 6, column: 15)))
    static let riceLine = SourceLocation(file: "brands/kumo/brand.yaml", range: SourceRange(at: SourcePosition(offset: 300, line: 23, column: 22)))
    static let matchaLine = SourceLocation(file: "brands/kumo/brand.yaml", range: SourceRange(at: SourcePosition(offset: 250, line: 22, column: 18)))

    var expectations: ImageExpectations {
        var expected = ImageExpectations()
        expected.textBlocks = [ExpectedText(role: "headline", text: "Slow down", script: "Latn", isRightToLeft: false,
                                            language: "en", source: Self.copyLine)]
        expected.colours = [
            ExpectedColour(name: "Matcha", hex: "#5B7F3A", source: Self.matchaLine),
            ExpectedColour(name: "Rice Paper", hex: "#F7F3EA", role: "background", source: Self.riceLine),
        ]
        expected.aspectRatio = Located("16:9", at: Self.ratioLine)
        expected.imageSize = Located("1K", at: Self.ratioLine)
        expected.allowsOtherText = false
        return expected
    }

    /// A clean 1K 16:9 PNG: Gemini's 1376 x 768, its text exact, its colours the brand's.
    var clean: ImageObservation {
        var observation = ImageObservation()
        observation.sniffedType = "png"
        observation.extensionType = "png"
        observation.width = 1376
        observation.height = 768
        observation.texts = [TextObservation(block: 0, outcome: .exact)]
        observation.colours = ColourObservation(
            dominant: [MeasuredColour(hex: "#F6F2EA", share: 0.8, nearest: 1, distance: 0.4)], paletteShare: 0.9,
            background: MeasuredColour(hex: "#F6F2EA", share: 0.8, nearest: 1, distance: 0.4))
        return observation
    }

    func findings(_ observation: ImageObservation, thresholds: ImageCheckThresholds = ImageCheckThresholds(),
                  expectations: ImageExpectations? = nil) -> [Diagnostic] {
        var sink = DiagnosticSink()
        ImageChecker(thresholds: thresholds).check(
            observation, against: expectations ?? self.expectations, imagePath: Self.image, diagnostics: &sink)
        return sink.diagnostics
    }

    func only(_ code: DiagnosticCode, in diagnostics: [Diagnostic]) throws -> Diagnostic {
        #expect(diagnostics.map(\.code.id) == [code.id], "\(diagnostics.map(\.message))")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: Self.image), "the image is the primary location")
        return diagnostic
    }

    @Test func aCleanImageHasNoFindings() {
        #expect(findings(clean).isEmpty)
    }

    @Test func undecodableImageReportsOnlyThat() throws {
        var observation = clean
        observation.undecodable = "the file is empty (0 bytes)"
        observation.width = 10
        let diagnostic = try only(.imageUndecodable, in: findings(observation))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.contains("0 bytes"))
    }

    @Test func jpegBytesInAPNGName() throws {
        var observation = clean
        observation.sniffedType = "jpeg"
        let diagnostic = try only(.imageTypeMismatch, in: findings(observation))
        #expect(diagnostic.message == "the bytes are JPEG, the file name says PNG")
        #expect(diagnostic.fix?.message == "rename the file to end in .jpg")
    }

    @Test func wrongAspectRatioPointsAtTheTemplateLine() throws {
        var observation = clean
        (observation.width, observation.height) = (1024, 1024)
        let diagnostic = try only(.aspectRatioMismatch, in: findings(observation))
        #expect(diagnostic.message.contains("1024x1024"))
        #expect(diagnostic.message.contains("16:9"))
        #expect(diagnostic.notes.first?.location == Self.ratioLine)
    }

    @Test func providerRoundingIsNotAnAspectError() {
        var observation = clean
        (observation.width, observation.height) = (1584, 672)
        var expected = expectations
        expected.aspectRatio = Located("21:9", at: Self.ratioLine)
        #expect(findings(observation, expectations: expected).isEmpty, "Gemini's 21:9 at 1K is 1 % off")
    }

    @Test func wrongPixelSize() throws {
        var observation = clean
        (observation.width, observation.height) = (2752, 1536)
        let diagnostic = try only(.imageSizeMismatch, in: findings(observation))
        #expect(diagnostic.message.contains("2752x1536"))
        #expect(diagnostic.message.contains("1K"))
    }

    @Test func missingTextPointsAtTheCopy() throws {
        var observation = clean
        observation.texts = [TextObservation(block: 0, outcome: .missing)]
        let diagnostic = try only(.textMissing, in: findings(observation))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.contains("\"Slow down\""))
        #expect(diagnostic.notes.first?.location == Self.copyLine)
    }

    @Test func differingTextShowsBothSidesMarked() throws {
        var observation = clean
        observation.texts = [TextObservation(block: 0, outcome: .differs(expectedMarked: "Sl[o]w down", readMarked: "Sl[0]w down"))]
        let diagnostic = try only(.textDiffers, in: findings(observation))
        #expect(diagnostic.message == "text block 'headline' differs: expected \"Sl[o]w down\", read \"Sl[0]w down\"")
        #expect(diagnostic.notes.first?.location == Self.copyLine)
    }

    @Test func unexpectedTextOnlyWhereTheTemplateForbidsIt() throws {
        var observation = clean
        observation.unexpectedText = ["SALE", "50%"]
        let diagnostic = try only(.textUnexpected, in: findings(observation))
        #expect(diagnostic.message.contains("\"SALE\", \"50%\""))
        var allowing = expectations
        allowing.allowsOtherText = true
        #expect(findings(observation, expectations: allowing).isEmpty)
    }

    @Test func lowConfidenceIsANote() throws {
        var observation = clean
        observation.texts = [TextObservation(block: 0, outcome: .lowConfidence(confidence: 41, read: "Slow dovn"))]
        let diagnostic = try only(.textLowConfidence, in: findings(observation))
        #expect(diagnostic.severity == .note)
        #expect(diagnostic.message.contains("41 < 60"))
    }

    @Test func unverifiableIsANoteThatSaysWhy() throws {
        var observation = clean
        observation.texts = [TextObservation(block: 0, outcome: .exact, caveat: "OCR reverses digits inside right-to-left text")]
        let diagnostic = try only(.textUnverifiable, in: findings(observation))
        #expect(diagnostic.severity == .note)
        #expect(diagnostic.message.hasSuffix("OCR reverses digits inside right-to-left text"))
        observation.texts = [TextObservation(block: 0, outcome: .unverifiable(reason: "vertical Thai"))]
        #expect(try only(.textUnverifiable, in: findings(observation)).message.contains("vertical Thai"))
    }

    @Test func missingLanguageIsOneNoteNamingThePackage() throws {
        var observation = clean
        observation.texts = [TextObservation(block: 0, outcome: .languageMissing), TextObservation(block: 0, outcome: .languageMissing)]
        observation.missingLanguages = [MissingLanguage(language: "Japanese", package: "tesseract-ocr-jpn"),
                                        MissingLanguage(language: "Japanese", package: "tesseract-ocr-jpn")]
        let diagnostic = try only(.ocrLanguageMissing, in: findings(observation))
        #expect(diagnostic.severity == .note)
        #expect(diagnostic.message.contains("tesseract-ocr-jpn"))
    }

    @Test func foreignDominantColourNamesTheNearestBrandColour() throws {
        var observation = clean
        observation.colours?.dominant.append(MeasuredColour(hex: "#39FF14", share: 0.42, nearest: 0, distance: 61.2))
        let diagnostic = try only(.foreignDominantColour, in: findings(observation))
        #expect(diagnostic.message.contains("#39FF14 covers 42 %"))
        #expect(diagnostic.message.contains("ΔE00 61.2"))
        #expect(diagnostic.message.contains("'Matcha'"))
        #expect(diagnostic.notes.first?.location == Self.matchaLine)
    }

    @Test func smallOrNearColoursAreNotForeign() {
        var observation = clean
        observation.colours?.dominant.append(MeasuredColour(hex: "#39FF14", share: 0.05, nearest: 0, distance: 61.2))
        observation.colours?.dominant.append(MeasuredColour(hex: "#5A7E3B", share: 0.40, nearest: 0, distance: 1.1))
        #expect(findings(observation).isEmpty)
    }

    @Test func lowPaletteShareFollowsTheThreshold() throws {
        var observation = clean
        observation.colours?.paletteShare = 0.23
        let diagnostic = try only(.paletteShareLow, in: findings(observation))
        #expect(diagnostic.message.contains("23 %"))
        #expect(diagnostic.message.contains("60 %"))
        var lenient = ImageCheckThresholds()
        lenient.paletteShare = 0.2
        #expect(findings(observation, thresholds: lenient).isEmpty)
    }

    @Test func backgroundFarFromTheBackgroundRole() throws {
        var observation = clean
        observation.colours?.background = MeasuredColour(hex: "#202020", share: 0.7, nearest: 1, distance: 74.3)
        let diagnostic = try only(.backgroundOffRole, in: findings(observation))
        #expect(diagnostic.message.contains("#202020"))
        #expect(diagnostic.message.contains("'Rice Paper' (#F7F3EA"))
        #expect(diagnostic.notes.first?.location == Self.riceLine)
    }

    @Test func noPaletteNoColourFindings() {
        var observation = clean
        observation.colours?.paletteShare = 0
        var expected = expectations
        expected.colours = []
        #expect(findings(observation, expectations: expected).isEmpty)
    }

    @Test func everyCodeHasAnExplanationWithAnExample() {
        for code in ImageCheckDiagnostics.all {
            let text = ImageCheckDiagnostics.explanation(of: code)
            #expect(text?.contains("Example: ") == true, "\(code.id)")
            #expect(text?.contains("[\(code.id)]") == true, "\(code.id)'s example shows its code")
        }
        #expect(Set(ImageCheckDiagnostics.all.map(\.id)).count == ImageCheckDiagnostics.all.count)
    }
}
