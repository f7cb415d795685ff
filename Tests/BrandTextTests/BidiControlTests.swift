import BrandText
import Testing

@Suite struct BidiControlTests {
    typealias Problem = BidiControlOccurrence.Problem

    func summary(_ text: String) -> [(BidiControl, Problem?)] {
        bidiControls(in: text).map { ($0.control, $0.problem) }
    }

    @Test func plainTextHasNoControls() {
        #expect(bidiControls(in: "Acme مرحبا 50%").isEmpty)
    }

    @Test func trojanSourceOverrideIsUnterminated() throws {
        // Displays as "userexe.png": the override reverses what follows.
        let found = bidiControls(in: "user\u{202E}gnp.exe")
        let override = try #require(found.first)
        #expect(found.count == 1 && override.control == .rightToLeftOverride && override.problem == .unterminated)
        #expect(override.position == TextPosition(scalarOffset: 4, characterOffset: 4, utf8Offset: 4))
        #expect(override.control.isOverride)
    }

    @Test func balancedIsolateIsFine() {
        let found = summary("\u{2067}مرحبا\u{2069} Acme")
        #expect(found.map(\.0) == [.rightToLeftIsolate, .popDirectionalIsolate])
        #expect(found.allSatisfy { $0.1 == nil })
    }

    @Test func strayTerminatorIsUnmatched() {
        #expect(summary("Acme\u{202C}").map(\.1) == [.unmatched])
        #expect(summary("Acme\u{2069}").map(\.1) == [.unmatched])
    }

    @Test func isolateTerminatorClosesEmbeddingsInsideIt() {
        // RLI a RLE b PDI: the PDI ends the isolate and, with it, the RLE that was never popped.
        #expect(summary("\u{2067}a\u{202B}b\u{2069}").map(\.1) == [nil, .unterminated, nil])
    }

    @Test func embeddingTerminatorCannotCloseAcrossAnIsolate() {
        // RLE a RLI b PDF PDI PDF: the first PDF is inside the isolate, so it matches nothing.
        #expect(summary("\u{202B}a\u{2067}b\u{202C}\u{2069}\u{202C}").map(\.1) == [nil, nil, .unmatched, nil, nil])
    }

    @Test func lineBreakEndsEveryOpenControl() {
        #expect(summary("\u{202E}abc\ndef\u{202C}").map(\.1) == [.unterminated, .unmatched])
    }

    @Test func positionsCountScalarsCharactersAndBytesSeparately() throws {
        // 👨‍👩‍👧 is 5 scalars, 1 Character and 18 UTF-8 bytes.
        let override = try #require(bidiControls(in: "👨‍👩‍👧\u{202E}x").first)
        #expect(override.position == TextPosition(scalarOffset: 5, characterOffset: 1, utf8Offset: 18))
    }

    @Test func controlsAndTheirScalars() {
        #expect(BidiControl.allCases.count == 9)
        #expect(BidiControl.allCases.allSatisfy { BidiControl($0.scalar) == $0 })
        #expect(BidiControl.rightToLeftEmbedding.opensEmbedding && !BidiControl.rightToLeftEmbedding.isOverride)
        #expect(BidiControl.firstStrongIsolate.opensIsolate && BidiControl("a") == nil)
    }
}
