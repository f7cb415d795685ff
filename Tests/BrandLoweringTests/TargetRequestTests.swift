import Foundation
import Testing
import BrandAssembly
import BrandLowering
import BrandModel

/// Every target's request, field by field against the documented shapes.
@Suite struct TargetRequestTests {
    func json(_ bytes: [UInt8]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(bytes))
    }

    static let everything = """
        thinking: high
        grounding: {web: true, image-search: true}
        safety: {dangerous-content: block-only-high, harassment: block-medium-and-above}
        response: [image]
        """

    @Test func geminiWithEveryOptionMatchesTheSchema() throws {
        let prompt = LoweringFixture.prompt(frontMatter: Self.everything, references: [LoweringFixture.png],
                                            aspectRatio: "1:8", imageSize: "512")
        let body = try json(GeminiLowering.providerRequest(prompt).body)
        #expect(RequestSchema.gemini.problems(body).isEmpty, "\(RequestSchema.gemini.problems(body))")
        let object = try #require(body as? [String: Any])
        let config = try #require(object["generationConfig"] as? [String: Any])
        // Grounded: image-only becomes text and image (api-surface §3.3).
        #expect(config["responseModalities"] as? [String] == ["TEXT", "IMAGE"])
        #expect((config["thinkingConfig"] as? [String: Any])?["thinkingLevel"] as? String == "HIGH")
        #expect((config["imageConfig"] as? [String: Any])?["imageSize"] as? String == "512")
        let tools = try #require(object["tools"] as? [[String: Any]])
        let search = try #require((tools.first?["googleSearch"] as? [String: Any])?["searchTypes"] as? [String: Any])
        #expect(Set(search.keys) == ["webSearch", "imageSearch"])
    }

    @Test func plainWebGroundingIsABareGoogleSearch() throws {
        let prompt = LoweringFixture.prompt(frontMatter: "grounding: {web: true}")
        let object = try #require(try json(GeminiLowering.providerRequest(prompt).body) as? [String: Any])
        let tools = try #require(object["tools"] as? [[String: Any]])
        #expect((tools.first?["googleSearch"] as? [String: Any])?.isEmpty == true)
    }

    @Test func batchLinesCarryAJoinKeyAndTheRequest() throws {
        let line = GeminiBatchLowering.line(LoweringFixture.prompt())
        #expect(line.last == 0x0A)
        #expect(!line.dropLast().contains(0x0A))
        let object = try #require(try json(Array(line.dropLast())) as? [String: Any])
        #expect(object["key"] as? String == "P1/t/en")
        #expect(RequestSchema.gemini.problems(object["request"] as Any).isEmpty)
    }

    @Test func openAIGenerationsAndEditsMatchTheSchema() throws {
        let options = "quality: high\nbackground: opaque\noutput-format: webp\ninput-fidelity: high"
        let generate = LoweringFixture.prompt(route: "openai/gpt-image-1.5", frontMatter: options, aspectRatio: "3:2", imageSize: nil)
        let request = try OpenAIImagesLowering.providerRequest(generate)
        #expect(request.path == "/v1/images/generations")
        let body = try json(request.body)
        #expect(RequestSchema.openAIImages.problems(body).isEmpty, "\(RequestSchema.openAIImages.problems(body))")
        #expect((body as? [String: Any])?["size"] as? String == "1536x1024")
        #expect((body as? [String: Any])?["input_fidelity"] == nil)  // an edits-only field
        let edit = LoweringFixture.prompt(
            route: "openai/gpt-image-1.5", frontMatter: options, references: [LoweringFixture.png], imageSize: nil)
        let editRequest = try OpenAIImagesLowering.providerRequest(edit)
        #expect(editRequest.path == "/v1/images/edits")
        let editBody = try json(editRequest.body)
        #expect(RequestSchema.openAIImages.problems(editBody).isEmpty, "\(RequestSchema.openAIImages.problems(editBody))")
        #expect((editBody as? [String: Any])?["prompt"] as? String == "Rules\n\nMake it")
    }

    @Test func chatAndClaudeShapes() throws {
        let chat = try #require(try json(OpenAIChatLowering.providerRequest(
            LoweringFixture.prompt(route: "wisgate/nano-banana-pro-chat", references: [LoweringFixture.png])).body) as? [String: Any])
        #expect(chat["modalities"] as? [String] == ["image", "text"])
        #expect((chat["image_config"] as? [String: Any])?["aspect_ratio"] as? String == "1:1")
        let messages = try #require(chat["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["system", "user"])
        let parts = try #require(messages.last?["content"] as? [[String: Any]])
        #expect(((parts.last?["image_url"] as? [String: Any])?["url"] as? String)?.hasPrefix("data:image/png;base64,") == true)

        let claudeRequest = try ClaudeLowering.providerRequest(
            LoweringFixture.prompt(route: "wisgate/nano-banana-2-claude", references: [LoweringFixture.png, LoweringFixture.heic]))
        #expect(claudeRequest.headers.contains(.init("anthropic-version", "2023-06-01")))
        let claude = try #require(try json(claudeRequest.body) as? [String: Any])
        #expect(claude["max_tokens"] as? Int == 1024)
        #expect(claude["system"] as? String == "Rules")
        let blocks = try #require((claude["messages"] as? [[String: Any]])?.first?["content"] as? [[String: Any]])
        #expect(blocks.map { $0["type"] as? String } == ["text", "image"])  // HEIC is left out (and reported)
    }

    @Test func curlReadsTheKeyFromTheEnvironment() throws {
        let prompt = LoweringFixture.prompt(route: "openai/gpt-image-1.5")
        let script = CurlScript.make(
            try OpenAIImagesLowering.providerRequest(prompt), route: prompt.route, bodyFile: "it's.json")
        #expect(script.contains(#"-H "Authorization: Bearer ${OPENAI_API_KEY:?set OPENAI_API_KEY to your API key}""#))
        #expect(script.contains("'https://api.openai.com/v1/images/generations'"))
        #expect(script.contains(#"@"$(dirname "$0")"/'it'\''s.json'"#))
    }
}
