import BrandDiagnostics
import BrandYAML
import Testing

/// `YAMLScalar` keeps a string value as "the text" instead of a second copy, and `YAMLNode` keeps
/// its tag behind a reference: both must read and write exactly like plain stored properties.
struct ScalarStorageTests {
    @Test func aStringValueOtherThanTheTextIsKept() {
        let scalar = YAMLScalar(text: "shown", style: .plain, value: .string("other"))
        #expect(scalar.value == .string("other"))
        #expect(scalar.text == "shown")
    }

    @Test func changingTheTextKeepsTheValueItHad() {
        var scalar = YAMLScalar(text: "first", style: .doubleQuoted, value: .string("first"))
        scalar.text = "second"
        #expect(scalar.value == .string("first"))
        scalar.value = .int(7)
        #expect(scalar.value == .int(7))
        #expect(scalar.text == "second")
    }

    @Test func valuesCompareByBytesNotCanonicalEquivalence() {
        // "é" precomposed and decomposed are equal Strings but different text: the value keeps its own bytes.
        let scalar = YAMLScalar(text: "e\u{301}", style: .plain, value: .string("\u{E9}"))
        guard case .string(let value) = scalar.value else { Issue.record("not a string"); return }
        #expect(Array(value.utf8) == Array("\u{E9}".utf8))
    }

    @Test func equalityAndHashingSeeTextStyleAndValue() {
        let a = YAMLScalar(text: "1", style: .plain, value: .int(1))
        #expect(a == YAMLScalar(text: "1", style: .plain, value: .int(1)))
        #expect(a != YAMLScalar(text: "1", style: .plain, value: .string("1")))
        #expect(a != YAMLScalar(text: "1", style: .singleQuoted, value: .int(1)))
        #expect(Set([a, YAMLScalar(text: "1", style: .plain, value: .int(1))]).count == 1)
    }

    @Test func loadedScalarsResolveAndKeepTheirTags() throws {
        var sink = DiagnosticSink()
        let file = SourceFile(path: "t.yaml", text: "a: !!str 12\nb: 12\nc: 1.5\nd: true\ne: ~\nf: text\n")
        let root = try #require(YAMLLoader().loadSingle(file, diagnostics: &sink)?.root.mapping)
        let values = root.map { $0.value.scalar?.value }
        #expect(values == [.string("12"), .int(12), .float(1.5), .bool(true), .null, .string("text")])
        #expect(root.map(\.value.tag) == ["!!str", nil, nil, nil, nil, nil])
        var node = root[0].value
        node.tag = nil
        #expect(node.tag == nil)
        node.tag = "!custom"
        #expect(node.tag == "!custom")
    }
}
