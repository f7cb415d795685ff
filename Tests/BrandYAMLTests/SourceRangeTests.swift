import BrandDiagnostics
import BrandTestSupport
import Testing

@testable import BrandYAML

/// Every node carries its range: 1-based line, column in code points, UTF-8 byte offset.
@Suite struct SourceRangeTests {
    @Test func scalarRangesCountCodePointsAndBytes() throws {
        // "é" is 2 bytes, "日本" 6 bytes: columns count code points, offsets count bytes.
        let result = load("é: [ä, 日本, x]\nnext: 1\n")
        let root = try #require(result.root)
        let pair = try #require(root.mapping?.first)
        #expect(pair.key.range.start == SourcePosition(offset: 0, line: 1, column: 1))
        #expect(pair.key.range.end == SourcePosition(offset: 2, line: 1, column: 2))
        let items = try #require(pair.value.sequence)
        #expect(items[1].range.start == SourcePosition(offset: 9, line: 1, column: 8))
        #expect(items[2].range.start == SourcePosition(offset: 17, line: 1, column: 12))
        let next = try #require(root.mapping?[1])
        #expect(next.key.range.start == SourcePosition(offset: 20, line: 2, column: 1))
        #expect(next.value.range.start == SourcePosition(offset: 26, line: 2, column: 7))
    }

    /// The same document with CRLF, a BOM, or a multi-byte comment above it: findings stay on the same spot.
    @Test(arguments: [
        ("", "\n", 1, 0), ("\u{FEFF}", "\n", 1, 3), ("", "\r\n", 1, 0), ("# ünïcödé ☃\n", "\n", 2, 18),
    ])
    func metamorphicVariantsKeepLogicalPositions(prefix: String, newline: String, firstLine: Int, baseOffset: Int) throws {
        let text = prefix + ["a: 1", "b:", "  - x", "  - y"].joined(separator: newline) + newline
        let root = try #require(load(text).root)
        let y = try #require(root["b"]?.sequence?[1])
        #expect(y.range.start.line == firstLine + 3)
        #expect(y.range.start.column == 5)
        let a = try #require(root.mapping?.first?.key)
        #expect(a.range.start == SourcePosition(offset: baseOffset, line: firstLine, column: 1))
        let file = SourceFile(path: "t", text: text)
        #expect(file.position(atOffset: y.range.start.offset).line == y.range.start.line)
    }

    @Test func lineSeparatorInsideAScalarDoesNotStartALine() throws {
        // libyaml counts U+2028 as a line break; brandc's line table (and editors) do not.
        let root = try #require(load("a: [b\u{2028}c, d]\n").root)
        let d = try #require(root["a"]?.sequence?[1])
        #expect(d.range.start == SourcePosition(offset: 11, line: 1, column: 10))
    }

    @Test func collectionRangesSpanTheirContent() throws {
        let root = try #require(load("list: [1, 2]\n").root)
        let list = try #require(root["list"])
        #expect(list.range.start.column == 7)
        #expect(list.range.end.column == 13)
    }
}

/// The mark converter against `SourceFile`'s own slow position lookup, over every code point of a
/// mixed-script text, visited forward and then in a shuffled order.
@Suite struct MarkConverterTests {
    @Test(arguments: [false, true])
    func everyIndexMatchesSourceFile(byteOrderMark: Bool) {
        var text = ""
        var generator = SplitMix64(seed: 11)
        let pieces = ["a", "bc", "é", "日本", "😀", " ", "\n", "\r\n", "\r", "long ascii run here ", "\u{2028}"]
        for _ in 0..<600 { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
        let bomLength = byteOrderMark ? 3 : 0
        let bytes = (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        let file = SourceFile(path: "t", bytes: bytes)
        let scalarOffsets = text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) + bomLength }
        let order = Array(scalarOffsets.indices)
        let shuffled = order.shuffled(using: &generator)
        bytes.withUnsafeBufferPointer { buffer in
            var converter = MarkConverter(bytes: buffer, lineStarts: file.lineStarts)
            for index in order + shuffled {
                let expected = file.position(atOffset: scalarOffsets[index])
                let actual = converter.position(atIndex: index)
                #expect(actual.offset == expected.offset && actual.line == expected.line)
                // The BOM is invisible: on the first line, columns start after it.
                let bomColumns = byteOrderMark && expected.line == 1 ? 1 : 0
                #expect(actual.column == expected.column - bomColumns, "index \(index)")
            }
        }
    }
}
