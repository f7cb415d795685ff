import BrandText
import Testing

@Suite struct DirectionalMarkTests {
    @Test func marksInTextWithoutRightToLeftLettersAreStray() {
        #expect(strayDirectionalMarks(in: "Acme\u{200E}").map(\.kind) == [.leftToRightMark])
        #expect(strayDirectionalMarks(in: "\u{061C}123").map(\.kind) == [.arabicLetterMark])
        #expect(strayDirectionalMarks(in: "\u{200F}Sale 50%").first?.position.scalarOffset == 0)
    }

    @Test func marksInRightToLeftTextAreTools() {
        #expect(strayDirectionalMarks(in: "מחיר\u{200F}: 50").isEmpty)
        #expect(strayDirectionalMarks(in: "\u{200E}Acme خصم").isEmpty)
        #expect(strayDirectionalMarks(in: "Acme").isEmpty)
    }
}

@Suite struct ControlCharacterTests {
    @Test func tabAndLineBreaksDependOnThePolicy() {
        #expect(controlCharacters(in: "Acme\tSale\nLine 2\r\n").isEmpty)
        let strict = controlCharacters(in: "Acme\tSale\n", policy: .noneAllowed)
        #expect(strict.map(\.kind) == [.c0, .c0])
        #expect(strict.map(\.position.scalarOffset) == [4, 9])
        #expect(controlCharacters(in: "a\tb\nc", policy: ControlCharacterPolicy(allowsTab: true, allowsLineBreaks: false))
            .map(\.scalar) == ["\n"])
    }

    @Test func otherControlsAlwaysTrigger() {
        #expect(controlCharacters(in: "\u{0}x\u{7F}").map(\.kind) == [.c0, .delete])
        // Windows-1252 curly quotes decoded as Latin-1 become C1 controls.
        #expect(controlCharacters(in: "\u{93}quoted\u{94}").map(\.kind) == [.c1, .c1])
        #expect(controlCharacters(in: "Line\u{85}break").map(\.kind) == [.c1])  // NEL is not an allowed line break
    }

    @Test func visibleTextHasNoControls() {
        #expect(controlCharacters(in: "Café 東京 🎉", policy: .noneAllowed).isEmpty)
    }
}

@Suite struct CodePointStatusTests {
    @Test func unusualCodePointsTrigger() {
        #expect(unusualCodePoints(in: "Logo \u{E000}").map(\.kind) == [.privateUse])
        // Swift string literals refuse noncharacters, so they are built from code points.
        let noncharacters = String(String.UnicodeScalarView([0xFDD0, 0xFFFF].compactMap(Unicode.Scalar.init)))
        #expect(unusualCodePoints(in: noncharacters).map(\.kind) == [.noncharacter, .noncharacter])
        #expect(unusualCodePoints(in: "\u{0378}").map(\.kind) == [.unassigned])
        #expect(unusualCodePoints(in: "\u{10FFFD}").map(\.kind) == [.privateUse])
        // U+1FAE9 FACE WITH BAGS UNDER EYES, Unicode 16.0: the stdlib knows it, UCD 15.0 does not.
        #expect(unusualCodePoints(in: "\u{1FAE9}").map(\.kind) == [.newerThanTables])
        #expect(script(of: "\u{1FAE9}") == .unknown)
    }

    @Test func ordinaryTextHasNone() {
        #expect(unusualCodePoints(in: "Acme 東京 مرحبا नमस्ते 🎉 👨‍👩‍👧").isEmpty)
    }
}
