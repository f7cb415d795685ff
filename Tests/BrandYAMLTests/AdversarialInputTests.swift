import BrandDiagnostics
import BrandTestSupport
import Foundation
import Testing

@testable import BrandYAML

/// Hostile and broken inputs: each must end in the right diagnostic at the right line and column,
/// quickly and without a crash.
@Suite struct AdversarialInputTests {
    @Test func hundredThousandOpenBracketsHitTheDepthLimit() {
        let result = load(String(repeating: "[", count: 100_000))
        #expect(result.codes == ["Y009"])
        // The 257th bracket opens level 257 of a 256-level limit.
        #expect(result.position(of: .yamlDepthLimit) == "1:257")
        #expect(result.diagnostics.first?.fix?.message.contains("--max-depth") == true)
    }

    @Test func deepBlockNestingHitsTheDepthLimit() {
        let lines = (0..<300).map { String(repeating: " ", count: $0) + "k:" }
        let result = load(lines.joined(separator: "\n"), limits: YAMLLimits(maxDepth: 100))
        #expect(result.codes == ["Y009"])
        #expect(result.position(of: .yamlDepthLimit) == "101:101")
    }

    @Test func hugeScalarIsRejected() {
        var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 64 << 20)
        bytes.replaceSubrange(0..<5, with: "big: ".utf8)
        bytes[bytes.count - 1] = UInt8(ascii: "\n")
        let result: LoadResult? = load(bytes: bytes)
        #expect(result?.codes == ["Y011"])
        #expect(result?.position(of: .yamlScalarTooLarge) == "1:6")
        #expect(result?.diagnostics.first?.fix?.message.contains("--max-scalar-bytes") == true)
    }

    @Test func fileLargerThanTheLimitIsRejectedBeforeParsing() {
        let result = load("a: 1234567890\n", limits: YAMLLimits(maxFileBytes: 10))
        #expect(result.codes == ["Y010"])
        #expect(result.diagnostics.first?.location?.range == nil)
        #expect(result.diagnostics.first?.fix?.message.contains("--max-file-bytes") == true)
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadByte() {
        let bytes = Array("a: ok\nb: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = load(bytes: bytes)
        #expect(result.codes == ["Y002"])
        #expect(result.position(of: .yamlInvalidUTF8) == "2:7")
        #expect(result.diagnostics.first?.location?.range?.start.offset == 12)
    }

    @Test(arguments: [
        [0xED, 0xA0, 0x80] as [UInt8], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF], [0x80],
    ])
    func malformedSequencesAreInvalid(sequence: [UInt8]) {
        let result = load(bytes: Array("k: é".utf8) + sequence)
        #expect(result.codes == ["Y002"])
        #expect(result.position(of: .yamlInvalidUTF8) == "1:5")
    }

    @Test func nulByteIsReported() {
        let result = load(bytes: Array("a: 1\nbb: x".utf8) + [0] + Array("y\n".utf8))
        #expect(result.codes == ["Y003"])
        #expect(result.position(of: .yamlNulByte) == "2:6")
    }

    @Test(arguments: [([0xFF, 0xFE] as [UInt8], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE")])
    func utf16WithByteOrderMarkIsRejected(bom: [UInt8], name: String) {
        let text = Array("a: 1\n".utf16)
        let units = text.flatMap { name == "UTF-16LE" ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let result = load(bytes: bom + units)
        #expect(result.codes == ["Y004"])
        #expect(result.position(of: .yamlUnsupportedEncoding) == "1:1")
        #expect(result.diagnostics.first?.message.contains(name) == true)
    }

    @Test func utf8ByteOrderMarkIsAccepted() {
        let result = load(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))
        #expect(result.codes.isEmpty)
        #expect(result.root?["a"]?.value == .int(1))
    }

    @Test func binaryGarbageIsADiagnostic() {
        var generator = SplitMix64(seed: 7)
        let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let result = load(bytes: bytes)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .error)
    }

    @Test func controlCharacterIsReportedAtItsByte() {
        let result = load(bytes: Array("a: 1\nb: x".utf8) + [0x01] + Array("\n".utf8))
        #expect(result.codes == ["Y001"])
        #expect(result.position(of: .yamlSyntax) == "2:5")
        #expect(result.diagnostics.first?.message.contains("U+0001") == true)
    }

    @Test func emptyFileHasNoDocuments() {
        #expect(load("").documents.isEmpty)
        #expect(load("").diagnostics.isEmpty)
        let (document, result) = loadSingle("")
        #expect(document == nil)
        #expect(result.codes == ["Y015"])
        #expect(result.position(of: .yamlEmptyDocument) == "1:1")
    }

    @Test func tabIndentationIsReported() {
        let result = load("a:\n\tb: 1\n")
        #expect(result.codes == ["Y005"])
        #expect(result.position(of: .yamlTabIndentation) == "2:1")
    }

    @Test func flowSequenceErrorCarriesLibYAMLContext() throws {
        let result = load("a: [1, 2\nb: 3\n")
        #expect(result.codes == ["Y001"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "did not find expected ',' or ']'")
        #expect(result.position(of: .yamlSyntax) == "2:2")
        #expect(diagnostic.notes.first?.message == "while parsing a flow sequence")
        #expect(diagnostic.notes.first?.location?.range?.start.column == 4)
    }

    @Test func severalDocumentsWhereOneIsExpected() {
        let (document, result) = loadSingle("a: 1\n---\nb: 2\n")
        #expect(document?.root["a"]?.value == .int(1))
        #expect(result.codes == ["Y014"])
        #expect(result.position(of: .yamlMultipleDocuments) == "2:1")
        #expect(result.diagnostics.first?.notes.first?.location?.range?.start.line == 1)
    }

    @Test func emptyDocumentWhereOneIsExpected() {
        let (_, result) = loadSingle("# only a comment\n---\n")
        #expect(result.codes == ["Y015"])
        #expect(result.position(of: .yamlEmptyDocument) == "2:1")
    }

    @Test func loadAllReturnsEveryDocument() {
        let result = load("--- 1\n--- [2]\n---\n...\n--- {a: 3}\n")
        #expect(result.codes.isEmpty)
        #expect(result.documents.count == 4)
        #expect(result.documents[2].root.value == .null)
    }
}

/// Tabs are separation whitespace YAML allows after `-`, `?` and `:`; only indentation refuses them.
@Suite struct SeparationTabTests {
    @Test func tabsAfterIndicatorsLoad() throws {
        let result = load("items:\n-\tone\n- \t two\n- - \tnested\n? \tk\n: \tv\nblock: |\n  -\tkeep\nkey:\tvalue\n")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let json = YAMLJSON.lines(result.documents)
        #expect(json.contains(#""items":["one","two",["nested"]]"#), "\(json)")
        #expect(json.contains(#""k":"v""#), "\(json)")
        #expect(json.contains(#""block":"-\tkeep\n""#), "\(json)")
        #expect(json.contains(#""key":"value""#), "\(json)")
    }

    @Test func tabsInIndentationStayAnErrorAtTheTab() {
        let result = load("a:\n- one\n\t- two\n")
        #expect(result.codes == ["Y005"])
        #expect(result.position(of: .yamlTabIndentation) == "3:1")
        #expect(result.diagnostics.first?.message.contains("tabs may only separate") == true)
    }

    /// Positions after a repaired tab are those of the file as written.
    @Test func positionsAfterARepairedTabAreUnchanged() throws {
        let result = load("-\tone\n- two\n")
        let second = try #require(result.root?.sequence?.last)
        #expect(second.range.start.line == 2)
        #expect(second.range.start.column == 3)
    }
}

/// Valid YAML that libyaml reads as another value is said, at the construct, not loaded silently.
@Suite struct LibYAMLReadingTests {
    @Test func anchorWithAColonIsSaid() {
        let result = load("key: &an:chor value\nother: &plain value\n")
        #expect(result.codes == ["Y017"])
        #expect(result.position(of: .yamlLibYAMLReading) == "1:6")
    }

    @Test func questionMarkGluedToAFlowScalarIsSaid() {
        #expect(load("{?foo: bar}\n").position(of: .yamlLibYAMLReading) == "1:2")
        #expect(load("[a, ?x]\n").position(of: .yamlLibYAMLReading) == "1:5")
    }

    @Test func theSameTextOutsideThoseConstructsIsQuiet() {
        for text in ["a: ?foo\n", "- ?x\n", "{ ? foo : bar }\n", "[\"?x\"]\n", "{a?b: c}\n", "&anchor value\n", "a: &x [1]\n"] {
            #expect(load(text).codes.isEmpty, "\(text)")
        }
    }
}
