import BrandDiagnostics
import Testing

@testable import BrandYAML

/// A loaded document is flat storage read through `YAMLNode` views: these tests pin down that the
/// views read like the values they replace, that aliases and merges share nodes instead of copying
/// them, and that nodes made or changed in code behave as independent values.
@Suite struct NodeStorageTests {
    @Test func aliasesAndMergesShareTheAnchoredNodes() throws {
        let root = try #require(load("base: &b {x: 1, y: [2, 3]}\ncopy: *b\nmerged: {<<: *b, z: 4}\n").root)
        let base = try #require(root["base"])
        let copy = try #require(root["copy"])
        #expect(copy.index == base.index)
        #expect(copy.tree === base.tree)
        let merged = try #require(root["merged"]?.mapping)
        #expect(merged.map(\.key.scalar?.text) == ["x", "y", "z"])
        #expect(merged[1].value.index == base["y"]?.index)
    }

    @Test func collectionViewsBehaveLikeArrays() throws {
        let root = try #require(load("list: [a, b, c]\nempty: []\nmap: {k: v}\n").root)
        let list = try #require(root["list"]?.sequence)
        #expect(list.count == 3)
        #expect(list.first?.scalar?.text == "a")
        #expect(list.last?.scalar?.text == "c")
        #expect(list[1].scalar?.text == "b")
        #expect(list.map { $0.scalar?.text ?? "" }.joined() == "abc")
        #expect(Array(list.reversed()).map(\.value) == [.string("c"), .string("b"), .string("a")])
        #expect(root["empty"]?.sequence?.isEmpty == true)
        #expect(root["map"]?.mapping?.first?.value.scalar?.text == "v")
        // The fallbacks consumers write: `?? []` and `?? [node]`.
        let scalar = try #require(root["list"]?.sequence?.first)
        let asList = scalar.sequence ?? [scalar]
        #expect(asList.count == 1 && asList.first?.scalar?.text == "a")
        let noPairs = scalar.mapping ?? []
        #expect(noPairs.isEmpty)
    }

    /// Text that is the file's own bytes is read in place; escapes, folding and block scalars are
    /// copied. Both kinds, with multi-byte text, must read back exactly.
    @Test func scalarTextReadsBackWhetherCopiedOrNot() throws {
        let text = """
            plain: café 日本
            single: 'it''s'
            double: "tab\\there"
            quoted: "no escapes"
            folded: >
              one
              two
            literal: |
              line one
              line two
            multi: first
              second
            """
        let root = try #require(load(text + "\n").root)
        #expect(root["plain"]?.value == .string("café 日本"))
        #expect(root["single"]?.value == .string("it's"))
        #expect(root["double"]?.value == .string("tab\there"))
        #expect(root["quoted"]?.value == .string("no escapes"))
        #expect(root["folded"]?.value == .string("one two\n"))
        #expect(root["literal"]?.value == .string("line one\nline two\n"))
        #expect(root["multi"]?.value == .string("first second"))
        #expect(root["single"]?.scalar?.style == .singleQuoted)
    }

    /// Thousands of nodes, past the arrays' first reservations: every value and every line reads back.
    @Test func largeDocumentsReadBackEveryNode() throws {
        let count = 20_000
        var lines: [String] = []
        for item in 0..<count {
            lines.append("- id: \(item)")
            lines.append("  name: \"n\\u00e9 \(item)\"")
            lines.append("  tags: [t\(item % 7), 'q''\(item)']")
        }
        let root = try #require(load(lines.joined(separator: "\n") + "\n").root)
        let items = try #require(root.sequence)
        #expect(items.count == count)
        var mismatches = 0
        for (item, node) in items.enumerated() {
            if node["id"]?.value != .int(item) { mismatches += 1 }
            if node["name"]?.value != .string("né \(item)") { mismatches += 1 }
            if node["tags"]?.sequence?.map(\.value) != [.string("t\(item % 7)"), .string("q'\(item)")] { mismatches += 1 }
            if node["name"]?.range.start.line != 3 * item + 2 { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test func documentsAreReadFromManyTasksAtOnce() async throws {
        let text = (0..<500).map { "k\($0): [\($0), v\($0)]" }.joined(separator: "\n") + "\n"
        let root = try #require(load(text).root)
        let sums = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var sum = 0
                    for pair in root.mapping ?? [] {
                        if case .int(let value)? = pair.value.sequence?.first?.value { sum += value }
                    }
                    return sum
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sums == Array(repeating: (0..<500).reduce(0, +), count: 8))
    }

    @Test func nodesMadeInCodeCopyWhatTheyHold() throws {
        let root = try #require(load("a: &x [1, 2]\nb: text\n").root)
        let list = try #require(root["a"])
        let word = try #require(root["b"])
        let range = SourceRange(at: SourcePosition(offset: 5, line: 9, column: 3))
        let made = YAMLNode(.sequence([word, list]), range: range, tag: "!mine")
        #expect(made.range == range)
        #expect(made.tag == "!mine")
        #expect(made.sequence?[0].value == .string("text"))
        #expect(made.sequence?[0].range == word.range)
        #expect(made.sequence?[1].sequence?.map(\.value) == [.int(1), .int(2)])
        let pairs = YAMLNode(.mapping([YAMLPair(key: word, value: list)]), range: range)
        #expect(pairs.mapping?.first?.value.sequence?.count == 2)
    }

    @Test func changingAViewLeavesTheDocumentAlone() throws {
        let result = load("a: !!str 12\nb: [x]\n")
        let root = try #require(result.root)
        var node = try #require(root["a"])
        node.tag = "!other"
        node.range = SourceRange(at: SourcePosition(offset: 0, line: 40, column: 2))
        #expect(node.tag == "!other")
        #expect(node.range.start.line == 40)
        #expect(node.value == .string("12"))
        #expect(root["a"]?.tag == "!!str")
        #expect(root["a"]?.range.start.line == 1)
        var list = try #require(root["b"])
        list.content = .scalar(YAMLScalar(text: "7", style: .plain, value: .int(7)))
        #expect(list.value == .int(7))
        #expect(root["b"]?.sequence?.count == 1)
    }

    /// The loader stores what a plain scalar resolves to without the number, and reads the number
    /// again on access: the kind and the value must agree, at the edges of each form too.
    @Test(arguments: [
        "12", "-0", "0x1F", "0o17", "99999999999999999999", "0xFFFFFFFFFFFFFFFFFF", "1.5", "5.", ".5", "1e3",
        "-.inf", ".NaN", "+.nan", "1_0", "0x", "true", "False", "~", "null", "word",
    ])
    func storedKindsAgreeWithValues(text: String) throws {
        let node = try #require(load("k: \(text)\n").root?["k"])
        let value = try #require(node.value)
        #expect(node.kindDescription == value.kindDescription)
        #expect(value == CoreSchema.resolvePlain(text) || value.kindDescription == "a number")
    }
}
