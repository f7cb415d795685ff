import BrandDiagnostics
import Testing

@testable import BrandYAML

/// The encoding check runs only when a load does not reach the end of the stream. Whatever stopped
/// the load first (a syntax error, a limit, a duplicate key, libyaml's own reader), a bad byte
/// anywhere in the file is still the one problem reported, and no document is returned.
@Suite struct EncodingPrecedenceTests {
    @Test func aBadByteAfterASyntaxErrorIsTheOneProblem() {
        let result = load(bytes: Array("ok: 1\na: [1, 2\nb: }\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 40_000) + [0xFF])
        #expect(result.codes == ["Y002"])
        #expect(result.documents.isEmpty)
    }

    @Test func aNulByteAfterALimitStopsTheLoadIsTheOneProblem() {
        var text = "---\na: 1\n---\n" + String(repeating: "[", count: 10) + String(repeating: "]", count: 10) + "\n"
        text += String(repeating: "# filler\n", count: 5_000)
        let result = load(bytes: Array(text.utf8) + [0], limits: YAMLLimits(maxDepth: 4))
        #expect(result.codes == ["Y003"])
        #expect(result.documents.isEmpty)
    }

    @Test func otherProblemsBeforeABadByteAreNotReported() {
        let result = load(bytes: Array("a: 1\na: 2\nb: *missing\n".utf8) + [0xC3, 0x28])
        #expect(result.codes == ["Y002"])
    }

    @Test func aFileReadToItsEndNeedsNoSecondCheck() {
        let result = load("a: 1\na: 2\n")
        #expect(result.codes == ["Y006"])
        #expect(result.documents.count == 1)
    }
}
