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

@Suite struct SkeletonScriptFilterTests {
    /// `BrandImitationFinder` skips words whose first letter is of a script other than Latin,
    /// Greek or Cyrillic when the brand's skeleton starts with an ASCII letter or digit. That holds
    /// only if no such scalar's own skeleton starts with one; checked for every such scalar
    /// (sampled above the BMP, where the ideographs are). Some start with ASCII punctuation:
    /// `㈀` is `(ᄀ)`.
    @Test func noOtherScriptScalarHasASkeletonStartingWithAnASCIILetter() {
        var offenders: [String] = []
        for value in UInt32(0x80)...0x10FFFF {
            if value >= 0x20000 && value % 64 != 0 { continue }
            guard let scalar = Unicode.Scalar(value) else { continue }
            let letterScript = script(of: scalar)
            guard letterScript.isSpecific, ![.latin, .greek, .cyrillic].contains(letterScript) else { continue }
            if let first = confusableSkeleton(of: String(Character(scalar))).unicodeScalars.first,
               isASCIILetterOrDigit(first) {
                offenders.append(String(value, radix: 16))
            }
        }
        #expect(offenders.isEmpty, "U+\(offenders.prefix(10))")
    }
}
