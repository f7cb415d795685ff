import BrandDiagnostics
import Testing

@testable import BrandYAML

/// One triggering example per code, with the `line:column` where its diagnostic must land.
/// `1️⃣` in the input marks that spot; the marker is removed before loading.
@Suite struct DiagnosticCodeTests {
    struct Example: Sendable, CustomStringConvertible {
        let code: DiagnosticCode
        let input: String
        var single = false
        var limits = YAMLLimits.default
        var description: String { code.id }
    }

    static let examples: [Example] = [
        Example(code: .yamlSyntax, input: "a: [1, 2\nb1️⃣: 3\n"),
        Example(code: .yamlInvalidUTF8, input: "a: 1️⃣\u{FFFF}"),
        Example(code: .yamlNulByte, input: "a: b1️⃣\u{0}"),
        Example(code: .yamlUnsupportedEncoding, input: "1️⃣\u{FFFE}"),
        Example(code: .yamlTabIndentation, input: "a:\n1️⃣\tb: 1\n"),
        Example(code: .yamlDuplicateKey, input: "a: 1\n1️⃣a: 2\n"),
        Example(code: .yamlUndefinedAlias, input: "a: 1️⃣*nothing\n"),
        Example(code: .yamlAliasExpansionLimit, input: "a: &a [1, 2]\nb: [*a, 1️⃣*a]\n", limits: YAMLLimits(maxAliasExpansion: 5)),
        Example(code: .yamlDepthLimit, input: "[[1️⃣[1]]]", limits: YAMLLimits(maxDepth: 2)),
        Example(code: .yamlFileTooLarge, input: "1️⃣a: 1\n", limits: YAMLLimits(maxFileBytes: 2)),
        Example(code: .yamlScalarTooLarge, input: "a: 1️⃣abcdef\n", limits: YAMLLimits(maxScalarBytes: 5)),
        Example(code: .yamlInvalidTaggedValue, input: "a: 1️⃣!!bool maybe\n"),
        Example(code: .yamlInvalidMerge, input: "a:\n  <<: [1️⃣1]\n"),
        Example(code: .yamlMultipleDocuments, input: "a: 1\n1️⃣--- b\n", single: true),
        Example(code: .yamlEmptyDocument, input: "1️⃣# nothing\n", single: true),
        Example(code: .yamlRecursiveAlias, input: "a: &r {b: 1️⃣*r}\n"),
        Example(code: .yamlLibYAMLReading, input: "a: 1️⃣&an:chor value\n"),
    ]

    @Test(arguments: examples)
    func exampleTriggersItsCodeAtTheMarker(example: Example) throws {
        var input = example.input
        let marker = try #require(input.range(of: "1️⃣"))
        let markerOffset = input.utf8.distance(from: input.startIndex, to: marker.lowerBound)
        input.removeSubrange(marker)
        var bytes = Array(input.utf8)
        // Encodings a Swift string literal cannot hold directly.
        if example.code == .yamlInvalidUTF8 { bytes.replaceSubrange(markerOffset..<markerOffset + 3, with: [0xFF]) }
        if example.code == .yamlUnsupportedEncoding { bytes = [0xFF, 0xFE, 0x61, 0x00] }
        var sink = DiagnosticSink()
        let file = SourceFile(path: "example.yaml", bytes: bytes)
        let loader = YAMLLoader(limits: example.limits)
        if example.single { _ = loader.loadSingle(file, diagnostics: &sink) } else { _ = loader.loadAll(file, diagnostics: &sink) }
        #expect(sink.diagnostics.map(\.code) == [example.code])
        let diagnostic = try #require(sink.diagnostics.first)
        // Every loader problem is an error but Y017, valid YAML that libyaml reads its own way.
        #expect(diagnostic.severity == (example.code == .yamlLibYAMLReading ? .warning : .error))
        if example.code == .yamlFileTooLarge {
            #expect(diagnostic.location?.range == nil)
        } else {
            #expect(diagnostic.location?.range?.start == file.position(atOffset: markerOffset))
        }
    }

    @Test func everyCodeHasAnExampleAndCodesAreDistinct() {
        #expect(Set(Self.examples.map(\.code)) == Set(YAMLDiagnostics.all))
        #expect(Set(YAMLDiagnostics.all.map(\.id)).count == YAMLDiagnostics.all.count)
        #expect(Set(YAMLDiagnostics.all.map(\.name)).count == YAMLDiagnostics.all.count)
        for code in YAMLDiagnostics.all {
            #expect(code.id.hasPrefix("Y"))
            #expect(code.name.hasPrefix("yaml-"))
            #expect(code.name == code.name.lowercased() && !code.name.contains(" "))
        }
    }
}
