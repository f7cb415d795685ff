import BrandAssembly
import BrandLowering
import Testing

/// The fast batch encoder splices pre-encoded fragments; every line must equal, byte for byte, the
/// line `GeminiBatchLowering.line` encodes whole through `CanonicalJSON` (the reference).
struct GeminiBatchLineEncoderTests {
    /// Text that exercises JSON escaping: quotes, backslashes, slashes, every control character,
    /// DEL, line and paragraph separators, non-BMP characters and combining marks.
    static let awkwardText = "He said \"26\\\" / 27\" </script>\u{7F}\u{2028}\u{2029} 日本語 عربي 🏔️ e\u{301} "
        + (0..<32).map { String(UnicodeScalar(UInt8($0))) }.joined()

    static func prompt(_ frontMatter: String, key: String = "P1", prompt text: String = "Make it",
                       system: String = "Rules", references: [ReferenceImage] = [LoweringFixture.png]) -> AssembledPrompt {
        var prompt = LoweringFixture.prompt(frontMatter: frontMatter, references: references)
        prompt.key = key
        prompt.prompt = text
        prompt.systemInstruction = system
        return prompt
    }

    static let prompts: [AssembledPrompt] = [
        prompt("name: t"),
        prompt("name: t", key: "P2/ü \"x\"", prompt: awkwardText, system: awkwardText),
        prompt("name: t", prompt: "", system: "", references: []),
        prompt("name: t", references: [LoweringFixture.png, LoweringFixture.heic,
                                       ReferenceImage(role: .logo, path: "l.png", format: .png, bytes: Array(0...255))]),
        prompt("name: t\nthinking: high\nresponse: [image]"),
        prompt("name: t\ngrounding: {web: true}\nresponse: [image]"),
        prompt("name: t\ngrounding: {web: true, image-search: true}"),
        prompt("name: t\ngrounding: {image-search: true}"),
        prompt("name: t\nsafety: {harassment: block-only-high, hate-speech: block-none}"),
        prompt("name: t", system: String(repeating: "Rule with a / and a \"quote\".\n", count: 5000)),
    ]

    @Test func everyLineEqualsTheWholeRequestEncodedThroughCanonicalJSON() throws {
        var encoder = GeminiBatchLineEncoder()
        // Twice over, so the second pass is served from the fragment caches.
        for prompt in Self.prompts + Self.prompts {
            let reference = try GeminiBatchLowering.line(prompt)
            let line = try encoder.line(prompt)
            #expect(line.bytes == reference, "\(String(decoding: line.bytes, as: UTF8.self))")
        }
    }

    @Test func theCasesCoverEveryOptionalField() throws {
        let lines = try Self.prompts.map { String(decoding: try GeminiBatchLowering.line($0), as: UTF8.self) }.joined()
        for field in ["safetySettings", "tools", "searchTypes", "imageSearch", "webSearch", "thinkingConfig", "imageConfig"] {
            #expect(lines.contains("\"\(field)\""), "no case lowers to \(field)")
        }
    }

    @Test func requestByteCountIsTheLoneRequestBody() throws {
        var encoder = GeminiBatchLineEncoder()
        for prompt in Self.prompts {
            let body = try GeminiLowering.providerRequest(prompt).body
            #expect(try encoder.line(prompt).requestByteCount == body.count)
        }
    }

    @Test func aChangedSystemInstructionOrImageIsNotServedFromTheCache() throws {
        var encoder = GeminiBatchLineEncoder()
        let first = Self.prompt("name: t", system: "Rules A")
        var second = Self.prompt("name: t", system: "Rules B")
        second.references = [ReferenceImage(role: .product, path: "p.png", format: .png, bytes: [9, 9, 9])]
        _ = try encoder.line(first)
        #expect(try encoder.line(second).bytes == GeminiBatchLowering.line(second))
    }
}
