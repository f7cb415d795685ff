import BrandDiagnostics
import BrandTestSupport
import Testing

@testable import BrandYAML

/// A deterministic, bounded stand-in for libFuzzer: mutate seed documents (flip, insert, delete,
/// duplicate and splice bytes) and load each result. Nothing may crash, and every diagnostic must
/// point inside the file.
@Suite struct FuzzTests {
    static let seeds: [String] = [
        "name: Acme\ncolors:\n  primary: \"#FF0000\"\n  list: [1, 2.5, true, ~]\n",
        "base: &b {a: 1, b: [x, y]}\nuse:\n  <<: *b\n  c: |\n    text\n    more\n",
        "--- !!map\n? complex\n: 'q''s'\n--- >\n  folded\n  text\n...\n",
        "- a\n- - nested\n  - {k: v, k2: *missing}\n- \"esc\\u00e9\\n\"\n",
        "é: [ä, 日本]\r\nkey: !!int 0x1F\r\n",
    ]

    @Test func mutatedInputsNeverCrashAndStayInBounds() {
        var generator = SplitMix64(seed: 2026)
        let limits = YAMLLimits(maxScalarBytes: 4096, maxDepth: 64, maxAliasExpansion: 1000)
        for round in 0..<5000 {
            var bytes = Array(Self.seeds[round % Self.seeds.count].utf8)
            for _ in 0...Int(generator.next() % 4) { mutate(&bytes, with: &generator) }
            var sink = DiagnosticSink()
            let file = SourceFile(path: "fuzz.yaml", bytes: bytes)
            let documents = YAMLLoader(limits: limits).loadAll(file, diagnostics: &sink)
            for diagnostic in sink.diagnostics {
                guard let range = diagnostic.location?.range else { continue }
                let inBounds = range.start.offset >= 0 && range.end.offset <= bytes.count && range.start.line >= 1
                    && range.start.line <= file.lineCount && range.start.column >= 1
                #expect(inBounds, "round \(round): \(diagnostic.message) at \(range)")
                #expect(file.position(atOffset: range.start.offset).line == range.start.line, "round \(round)")
            }
            _ = YAMLJSON.lines(documents, marks: round % 2 == 0)
        }
    }

    private func mutate(_ bytes: inout [UInt8], with generator: inout SplitMix64) {
        let interesting: [UInt8] = Array("[]{}:,-?&*!|>'\"#\t\n\r %@`\\".utf8) + [0x00, 0xC3, 0xFF, 0xE2, 0x80]
        let position = bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count))
        switch generator.next() % 5 {
        case 0 where !bytes.isEmpty:
            bytes[position] ^= UInt8(truncatingIfNeeded: 1 << (generator.next() % 8))
        case 1:
            bytes.insert(interesting[Int(generator.next() % UInt64(interesting.count))], at: position)
        case 2 where !bytes.isEmpty:
            bytes.remove(at: position)
        case 3:
            let length = min(bytes.count - position, Int(generator.next() % 16))
            bytes.insert(contentsOf: bytes[position..<position + length], at: position)
        default:
            let other = Array(Self.seeds[Int(generator.next() % UInt64(Self.seeds.count))].utf8)
            let start = Int(generator.next() % UInt64(other.count))
            bytes.insert(contentsOf: other[start...], at: position)
        }
    }
}
