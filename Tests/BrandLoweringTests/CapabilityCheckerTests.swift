import Testing
import BrandAssembly
import BrandDiagnostics
import BrandLowering
import BrandModel

/// One test per capability diagnostic: it fires where it should, at the template line that asked,
/// and names a route that can do it when one exists.
@Suite struct CapabilityCheckerTests {
    func check(_ prompt: AssembledPrompt, _ target: LoweringTarget, bodySize: Int? = nil) -> [Diagnostic] {
        var sink = DiagnosticSink()
        CapabilityChecker(registry: LoweringFixture.registry).check(
            prompt, target: target, targetLocation: SourceLocation(file: "<cli>"), bodySize: bodySize, diagnostics: &sink)
        return sink.diagnostics
    }

    func codes(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(\.code.id) }

    @Test func audioAndVideoOutputs() {
        let found = check(LoweringFixture.prompt(frontMatter: "response: [image, audio, video]"), .gemini)
        #expect(codes(found) == ["L001", "L001"])
        #expect(found.first?.location?.start?.line == 2)
    }

    @Test func liveStreamingAndTools() {
        #expect(codes(check(LoweringFixture.prompt(frontMatter: "streaming: true"), .gemini)) == ["L002"])
        #expect(codes(check(LoweringFixture.prompt(frontMatter: "streaming: false"), .gemini)).isEmpty)
        #expect(codes(check(LoweringFixture.prompt(frontMatter: "tools: [function-calling]"), .gemini)) == ["L003"])
    }

    @Test func groundingNeedsAGeminiRouteToAModelWithIt() {
        let onClaude = check(
            LoweringFixture.prompt(route: "wisgate/nano-banana-2-claude", frontMatter: "grounding: {web: true}"), .claude)
        #expect(codes(onClaude) == ["L004", "L012"])
        #expect(onClaude.first?.fix?.message.contains("google/nano-banana-2") == true)
        let onGPT = check(
            LoweringFixture.prompt(route: "openai/gpt-image-1.5", frontMatter: "grounding: {web: true}"), .openAIImages)
        #expect(codes(onGPT) == ["L004"])
        #expect(codes(check(LoweringFixture.prompt(frontMatter: "grounding: {web: true, image-search: true}"), .gemini)).isEmpty)
    }

    @Test func imageSearchIsNanoBanana2Only() {
        let found = check(
            LoweringFixture.prompt(route: "google/nano-banana-pro", frontMatter: "grounding: {image-search: true}"), .gemini)
        #expect(codes(found) == ["L005"])
        #expect(found.first?.fix?.message == "routes that can: google/nano-banana-2, wisgate/nano-banana-2")
    }

    @Test func thinkingLevelsAndEndpoints() {
        #expect(codes(check(LoweringFixture.prompt(frontMatter: "thinking: high"), .gemini)).isEmpty)
        #expect(codes(check(LoweringFixture.prompt(route: "google/nano-banana-pro", frontMatter: "thinking: high"), .gemini))
            == ["L006"])
        #expect(codes(check(
            LoweringFixture.prompt(route: "wisgate/nano-banana-pro-chat", frontMatter: "thinking: minimal"), .openAIChat))
            == ["L006"])
    }

    @Test func providerOptionsOnTheWrongTarget() {
        #expect(codes(check(LoweringFixture.prompt(frontMatter: "quality: high"), .gemini)) == ["L007"])
        let transparent = check(LoweringFixture.prompt(frontMatter: "background: transparent"), .gemini)
        #expect(codes(transparent) == ["L010"])
        #expect(transparent.first?.fix?.message == "routes that can: openai/gpt-image-1.5")
        #expect(codes(check(
            LoweringFixture.prompt(route: "openai/gpt-image-1.5", frontMatter: "background: transparent\noutput-format: jpeg"),
            .openAIImages)) == ["L010"])
        #expect(codes(check(
            LoweringFixture.prompt(route: "openai/gpt-image-1.5", frontMatter: "safety: {harassment: block-only-high}"),
            .openAIImages)) == ["L007"])
    }

    @Test func sizeLimits() {
        #expect(codes(check(LoweringFixture.prompt(), .gemini, bodySize: 21 * 1024 * 1024)) == ["L008"])
        #expect(codes(check(LoweringFixture.prompt(), .gemini, bodySize: 19 * 1024 * 1024)).isEmpty)
        var long = LoweringFixture.prompt(route: "openai/gpt-image-1.5")
        long.prompt = String(repeating: "x", count: 32_001)
        #expect(codes(check(long, .openAIImages)) == ["L009"])
    }

    @Test func claudeIsWeakAndTakesNoHEIC() {
        let found = check(LoweringFixture.prompt(route: "wisgate/nano-banana-2-claude", references: [LoweringFixture.heic]), .claude)
        #expect(codes(found) == ["L012", "L011"])
    }

    @Test func batchNeedsARouteThatHasIt() {
        let found = check(LoweringFixture.prompt(route: "wisgate/nano-banana-2"), .geminiBatch)
        #expect(codes(found) == ["L013"])
        #expect(found.first?.fix?.message == "routes that can: google/nano-banana-2, google/nano-banana-pro")
        #expect(codes(check(LoweringFixture.prompt(), .geminiBatch)).isEmpty)
    }

    @Test func everyLoweringCodeIsTested() {
        // The tests above name every code; a new code must get a test here.
        #expect(LoweringDiagnostics.all.map(\.id) == (1...13).map { String(format: "L%03d", $0) })
    }
}
