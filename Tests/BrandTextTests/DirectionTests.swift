import BrandText
import Testing

@Suite struct DirectionTests {
    @Test(arguments: [
        ("Hello", ParagraphDirection.leftToRight),
        ("مرحبا Acme", .rightToLeft),
        ("Acme مرحبا", .leftToRight),
        ("שָׁלוֹם", .rightToLeft),
        ("۱۲۳ تومان", .rightToLeft),  // Persian digits are weak (EN); the first strong letter is Arabic-script
        ("123 !", .neutral),
        ("", .neutral),
        ("\u{2067}مرحبا\u{2069} Acme", .leftToRight),  // the isolate's content is skipped
        ("\u{2067}مرحبا", .neutral),  // an unmatched isolate runs to the end of the paragraph
        ("\u{202B}Acme", .leftToRight),  // embeddings are not skipped (P2)
        ("123\nمرحبا", .neutral),  // only the first paragraph counts
    ])
    func paragraphDirectionByP2P3(text: String, expected: ParagraphDirection) {
        #expect(paragraphDirection(of: text) == expected)
    }

    @Test func arabicOfferWithLatinBrandAndPrice() {
        let analysis = DirectionAnalysis(of: "خصم 50% على Acme")
        #expect(analysis.paragraphDirection == .rightToLeft)
        #expect(analysis.isMixedDirection && analysis.hasRightToLeftWithNumbers && analysis.needsBidiCare)
    }

    @Test func arabicPriceWithArabicIndicDigits() {
        let analysis = DirectionAnalysis(of: "السعر ٩٩ ريال")
        #expect(!analysis.isMixedDirection && analysis.hasRightToLeftWithNumbers)
    }

    @Test func unidirectionalTextNeedsNoCare() {
        #expect(!DirectionAnalysis(of: "Acme Sale 50%").needsBidiCare)
        #expect(!DirectionAnalysis(of: "שלום עולם").needsBidiCare)
        #expect(!DirectionAnalysis(of: "東京 ラーメン 980円").needsBidiCare)
    }

    @Test func bidiClassOfScalars() {
        #expect(bidiClass(of: "a") == .L && bidiClass(of: "א") == .R && bidiClass(of: "ب") == .AL)
        #expect(bidiClass(of: "5") == .EN && bidiClass(of: "٥") == .AN && bidiClass(of: "%") == .ET)
        #expect(bidiClass(of: "\u{2067}").isIsolateInitiator && BidiClass.AL.isStrongRightToLeft)
    }
}
