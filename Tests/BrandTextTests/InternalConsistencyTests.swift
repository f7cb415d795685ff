@testable import BrandText
import Testing

/// Hand-written fast paths against the generated tables they shortcut.
@Suite struct InternalConsistencyTests {
    @Test func paragraphSeparatorShortcutMatchesBidiClassB() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if isParagraphSeparator(scalar) != (bidiClass(of: scalar) == .B) {
                Issue.record("U+\(String(value, radix: 16)) disagrees")
            }
        }
    }

    @Test func lookalikesAreCyrillicOrGreekAndMapToASCIILetters() {
        for value in UInt32(0x0370)...0x052F {
            guard let scalar = Unicode.Scalar(value), let latin = latinLookalike(of: scalar) else { continue }
            #expect([.cyrillic, .greek].contains(script(of: scalar)), "U+\(String(value, radix: 16))")
            #expect(script(of: latin) == .latin && latin.isASCII)
        }
    }

    @Test(arguments: ["مرحبا (Acme) بخصم", "「東京」でラーメン", "👍🏽 Акция", "a(b[c)d]e", "((((", "Cafe\u{301}"])
    func scriptRunsTileTheText(text: String) {
        let runs = scriptRuns(in: text)
        #expect(runs.first?.range.lowerBound == text.startIndex)
        #expect(runs.last?.range.upperBound == text.endIndex)
        #expect(runs.last?.scalarOffsets.upperBound == text.unicodeScalars.count)
        for (left, right) in zip(runs, runs.dropFirst()) {
            #expect(left.range.upperBound == right.range.lowerBound)
            #expect(left.scalarOffsets.upperBound == right.scalarOffsets.lowerBound)
            #expect(left.script != right.script)
        }
    }
}

@Suite struct EmojiFilterTests {
    /// `displayWidth` asks the stdlib for emoji properties only where emoji can start; every
    /// scalar with the Emoji property must lie there.
    @Test func everyEmojiScalarPassesTheWidthFilter() {
        var missed: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isEmoji else { continue }
            let width = displayWidth(of: String(Character(scalar)) + "\u{FE0F}")
            if width != 2 { missed.append(String(value, radix: 16)) }
        }
        #expect(missed.isEmpty, "U+\(missed.prefix(10))")
    }
}

@Suite struct CodePointStatusFilterTests {
    /// `unusualCodePoints` asks the stdlib only about scalars the 15.0 table calls unassigned or
    /// private use; that filter must not hide any scalar `CodePointStatus` reports.
    @Test func filterKeepsEveryUnusualScalar() {
        var hidden: [String] = []
        for value in UInt32(0x378)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), CodePointStatus(scalar) != nil else { continue }
            let category = generalCategory(of: scalar)
            if category != .unassigned && category != .privateUse { hidden.append(String(value, radix: 16)) }
        }
        #expect(hidden.isEmpty, "U+\(hidden.prefix(10))")
    }
}
