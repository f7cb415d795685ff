import BrandText
import Testing

@Suite struct DevanagariMarkTests {
    @Test(arguments: [
        "नमस्ते", "हिन्दी", "क़िला", "अंग्रेज़ी", "मराठी भाषा", "नेपाली", "क्\u{200D}ष", "सिंह", "दुःख", "ॐ",
        "\u{25CC}ि",  // a vowel sign shown on its own, on purpose
        "Acme स्टोर",
    ])
    func wellFormedText(text: String) {
        #expect(devanagariMarkProblems(in: text).isEmpty)
    }

    @Test(arguments: [
        ("िनमस्ते", DevanagariMarkProblem.orphanVowelSign, 0),  // matra at the start
        ("Acme ि", .orphanVowelSign, 5),  // matra after a space
        ("अा", .orphanVowelSign, 1),  // अ + ा instead of आ
        ("कोे", .orphanVowelSign, 2),  // a second vowel sign
        ("नमस ्ते", .orphanVirama, 4),  // a space before the virama
        ("अ़", .orphanNukta, 1),  // nukta on an independent vowel
        ("क़़", .orphanNukta, 2),  // a second nukta
        ("ं Sale", .orphanSign, 0),  // anusvara with nothing to sit on
    ])
    func orphanMarks(text: String, problem: DevanagariMarkProblem, scalarOffset: Int) {
        let found = devanagariMarkProblems(in: text)
        #expect(found.map(\.kind) == [problem])
        #expect(found.first?.position.scalarOffset == scalarOffset)
    }
}

@Suite struct PersoArabicLetterTests {
    @Test func persianHeadline() {
        // پیشنهاد ویژه ("special offer"): پ, two FARSI YEH ی and ژ are not Standard Arabic letters.
        let found = persoArabicLetters(in: "پیشنهاد ویژه")
        #expect(found.map(\.scalar) == ["\u{67E}", "\u{6CC}", "\u{6CC}", "\u{698}"])
        #expect(found.allSatisfy { $0.kind == .persian })
    }

    @Test func urduHeadline() {
        // بڑی سیل ("big sale"): ڑ is Urdu only, ی is Persian and Urdu.
        #expect(persoArabicLetters(in: "بڑی سیل").map(\.kind) == [.urdu, .persian, .persian])
    }

    @Test func persianDigits() {
        #expect(persoArabicLetters(in: "۵۰٪ تخفیف").map(\.kind) == [.extendedArabicIndicDigit, .extendedArabicIndicDigit, .persian])
    }

    @Test(arguments: ["عرض خاص", "خصم ٥٠٪ على Acme", "السعر ٩٩ ريال", "Acme"])
    func standardArabicHasNone(text: String) {
        #expect(persoArabicLetters(in: text).isEmpty)
    }
}
