import BrandAssembly
import BrandLowering
import BrandTestSupport
import Testing

/// The one Gemini encoder (`GeminiRequestWriter`, behind single bodies and batch lines) splices
/// cached fragments; every body and line must equal, byte for byte, what `JSONEncoder` writes for
/// the same request through `CanonicalJSON` (`OracleRequest`, the reference).
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
            let reference = try OracleRequest.line(prompt)
            let line = encoder.line(prompt)
            #expect(line.bytes == reference, "\(String(decoding: line.bytes, as: UTF8.self))")
        }
    }

    /// Many generated requests (every script of the test corpus, every escape, options in every
    /// combination, shared and changing images), one writer across them all as a feed uses it:
    /// single bodies, pretty files and batch lines all equal the oracle's bytes.
    @Test func manyGeneratedRequestsEqualTheOracle() throws {
        var encoder = GeminiBatchLineEncoder()
        var writer = GeminiRequestWriter()
        var random = SplitMix64(seed: 22)
        for index in 0..<400 {
            let prompt = Self.generated(index, &random)
            #expect(writer.bytes(GeminiLowering.lower(prompt)) == (try OracleRequest.body(prompt)), "request \(index)")
            #expect(encoder.line(prompt).bytes == (try OracleRequest.line(prompt)), "line \(index)")
            let pretty = try Lowering.prettyBody(prompt, target: .gemini), oracle = try OracleRequest.body(prompt, pretty: true)
            #expect(pretty == oracle, "pretty \(index): \(String(decoding: pretty.dropFirst(zip(pretty, oracle).prefix { $0 == $1 }.count).prefix(80), as: UTF8.self)) ≠ \(String(reflecting: String(decoding: oracle.dropFirst(zip(pretty, oracle).prefix { $0 == $1 }.count).prefix(80), as: UTF8.self)))")
        }
    }

    @Test func theCasesCoverEveryOptionalField() throws {
        let lines = Self.prompts.map { String(decoding: GeminiBatchLowering.line($0), as: UTF8.self) }.joined()
        for field in ["safetySettings", "tools", "searchTypes", "imageSearch", "webSearch", "thinkingConfig", "imageConfig"] {
            #expect(lines.contains("\"\(field)\""), "no case lowers to \(field)")
        }
    }

    @Test func requestByteCountIsTheLoneRequestBody() throws {
        var encoder = GeminiBatchLineEncoder()
        for prompt in Self.prompts {
            let body = GeminiLowering.providerRequest(prompt).body
            #expect(encoder.line(prompt).requestByteCount == body.count)
        }
    }

    @Test func aChangedSystemInstructionOrImageIsNotServedFromTheCache() throws {
        var encoder = GeminiBatchLineEncoder()
        let first = Self.prompt("name: t", system: "Rules A")
        var second = Self.prompt("name: t", system: "Rules B")
        second.references = [ReferenceImage(role: .product, path: "p.png", format: .png, bytes: [9, 9, 9])]
        _ = encoder.line(first)
        #expect(try encoder.line(second).bytes == OracleRequest.line(second))
    }

    static let frontMatters = [
        "name: t", "name: t\nthinking: high", "name: t\nthinking: minimal\nresponse: [image]",
        "name: t\ngrounding: {web: true}", "name: t\ngrounding: {web: true, image-search: true}\nresponse: [text, image]",
        "name: t\ngrounding: {image-search: true}", "name: t\nsafety: {harassment: block-only-high, hate-speech: block-none}",
        "name: t\nsafety: {dangerous-content: block-low-and-above}\ngrounding: {web: true}\nthinking: high",
    ]

    /// Pieces of text in many scripts and every kind of character JSON escapes or must not escape.
    static let fragments = [
        "Plain words. ", "\"quoted\" ", "back\\slash ", "a/b/c ", "</script> ", "\u{7F}", "\u{2028}\u{2029}", "日本語の文章。",
        "中文字符", "한국어 ", "عربي مع تشكيل ", "עברית ", "हिन्दी क्षत्रिय ", "ไทย ", "Ελληνικά ", "Кириллица ", "e\u{301}",
        "👩‍👩‍👧 🏔️ ", "\u{FEFF}", "\u{200D}\u{200B}", "\r\n", "\t", "\u{0}", "\u{1}\u{1F}\u{0B}\u{0C}\u{08}", "{{brand}} ",
        String(repeating: "Long rule line, with a comma, and a / slash.\n", count: 40),
    ]

    static func text(_ random: inout SplitMix64) -> String {
        (0..<Int(random.next() % 6)).map { _ in fragments[Int(random.next() % UInt64(fragments.count))] }.joined()
    }

    static func generated(_ index: Int, _ random: inout SplitMix64) -> AssembledPrompt {
        let images = [LoweringFixture.png, LoweringFixture.heic,
                      ReferenceImage(role: .logo, path: "l.png", format: .png, bytes: Array(0...255)),
                      ReferenceImage(role: .product, path: "\(index).jpg", format: .jpeg, bytes: (0..<64).map { _ in UInt8(random.next() % 256) })]
        var prompt = LoweringFixture.prompt(
            frontMatter: frontMatters[Int(random.next() % UInt64(frontMatters.count))],
            references: (0..<Int(random.next() % 4)).map { _ in images[Int(random.next() % UInt64(images.count))] },
            aspectRatio: random.next() % 3 == 0 ? nil : "4:5", imageSize: random.next() % 3 == 0 ? nil : "2K")
        prompt.key = "P\(index)" + text(&random)
        prompt.prompt = text(&random)
        // A feed shares its system instruction: most requests repeat the previous one.
        prompt.systemInstruction = random.next() % 4 == 0 ? text(&random) : fragments[index % 3] + "shared rules"
        prompt.locale = random.next() % 2 == 0 ? "en" : nil
        return prompt
    }
}
