import BrandDiagnostics
import Testing

@testable import BrandYAML

/// Positions come from libyaml's own line and column (plus a byte-offset cursor) unless the file
/// holds U+0085, U+2028 or U+2029, where libyaml's lines differ from brandc's and the full
/// converter runs instead. Both paths must give the positions `SourceFile` computes itself.
@Suite struct MarkPathTests {
    /// Every node of a document with multi-byte text, CRLF and flow collections, against `SourceFile`.
    @Test(arguments: ["\n", "\r\n"])
    func everyNodeIsWhereTheLineTableSaysItIs(newline: String) throws {
        let lines = [
            "# ünïcödé ☃", "café: [ä, 日本, {k: \"é\\n\"}]", "list:", "  - 'it''s'", "  - |", "    block ✓",
            "  - plain text 日本", "  - 'ascii quoted'", "  - \"ascii double\"", "end: 1",
        ]
        try expectPositionsMatchLineTable(lines.joined(separator: newline) + newline)
    }

    /// Scalars that end the file (no final line break), ASCII or not, quoted or not.
    @Test(arguments: ["k: 'ab'", "k: \"cd\"", "k: plain", "k: [x, 'y']", "k: é", "k: 'é'"])
    func scalarsAtTheEndOfTheFile(text: String) throws {
        try expectPositionsMatchLineTable("a: 1\n" + text)
    }

    private func expectPositionsMatchLineTable(_ text: String) throws {
        let result = load(text)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        let file = SourceFile(path: "test.yaml", text: text)
        var mismatches: [String] = []
        func visit(_ node: YAMLNode) {
            for position in [node.range.start, node.range.end] where file.position(atOffset: position.offset) != position {
                mismatches.append("\(position) vs \(file.position(atOffset: position.offset))")
            }
            switch node.content {
            case .scalar: break
            case .sequence(let items): items.forEach(visit)
            case .mapping(let pairs): pairs.forEach { visit($0.key); visit($0.value) }
            }
        }
        visit(root)
        #expect(mismatches.isEmpty)
    }

    @Test func anErrorAtTheEndOfAFileWithoutAFinalLineBreakIsOnItsLastLine() throws {
        let result = load("a: [1, 2")
        let start = try #require(result.diagnostics.first?.location?.range?.start)
        #expect(start == SourcePosition(offset: 8, line: 1, column: 9))
        #expect(load("a: {b: 1}").root?["a"]?.range.end == SourcePosition(offset: 9, line: 1, column: 10))
    }

    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
    func unicodeLineBreaksDoNotStartALine(separator: String) throws {
        let bytes = Array("a: [b\(separator)c, d]\n".utf8)
        #expect(bytes.withUnsafeBufferPointer { UnicodeLineBreak.occurs(in: $0) })
        let root = try #require(load("a: [b\(separator)c, d]\nnext: x\n").root)
        let d = try #require(root["a"]?.sequence?[1])
        let width = separator.utf8.count
        #expect(d.range.start == SourcePosition(offset: 8 + width, line: 1, column: 10))
        #expect(root.mapping?[1].value.range.start.line == 2)
    }

    @Test func scanFindsProblemsPastTheWideASCIIStride() {
        let ascii = Array(repeating: UInt8(ascii: "a"), count: 70)
        var withNul = ascii
        withNul[41] = 0
        var withBadByte = ascii
        withBadByte[66] = 0xFF
        #expect(withNul.withUnsafeBufferPointer { EncodingProblem.firstProblem(in: $0) } == .nulByte(offset: 41))
        #expect(withBadByte.withUnsafeBufferPointer { EncodingProblem.firstProblem(in: $0) } == .invalidUTF8(offset: 66))
        #expect(ascii.withUnsafeBufferPointer { EncodingProblem.firstProblem(in: $0) } == nil)
        // Near misses of U+0085, U+2028, U+2029 (U+0080, U+2013, U+20A8, a cut-off E2 80).
        for text in ["\u{80}", "\u{2013}", "\u{20A8}"] {
            #expect(!Array(("x" + text).utf8).withUnsafeBufferPointer { UnicodeLineBreak.occurs(in: $0) }, "\(text)")
        }
        #expect(![UInt8(ascii: "x"), 0xE2, 0x80].withUnsafeBufferPointer { UnicodeLineBreak.occurs(in: $0) })
        // A file that ends exactly at the end of a 32-byte stride has nothing past it to read.
        for length in [32, 64] {
            let exact = Array(repeating: UInt8(ascii: "a"), count: length)
            #expect(exact.withUnsafeBufferPointer { EncodingProblem.firstProblem(in: $0) } == nil, "\(length) bytes")
        }
    }
}
