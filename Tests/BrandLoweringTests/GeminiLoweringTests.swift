import Foundation
import Testing
import BrandDiagnostics
import BrandModel
import BrandAssembly
import BrandLowering

@Suite struct GeminiLoweringTests {
    static let registry = ModelRegistry.builtIn
    static let nanoBanana2 = registry.model(named: "nano-banana-2")!
    static let route = registry.route(named: "google/nano-banana-2")!

    func prompt(imageSize: String? = "512") -> AssembledPrompt {
        AssembledPrompt(
            key: "P1", route: Self.route, model: Self.nanoBanana2, locale: "ja", systemInstruction: "Rules", prompt: "Make it",
            textBlocks: [], references: [ReferenceImage(role: .logo, path: "l.png", format: .png, bytes: [1, 2, 3])],
            aspectRatio: "1:8", imageSize: imageSize, responseModalities: ["TEXT", "IMAGE"])
    }

    @Test func requestHasTheDocumentedShapeInCamelCaseWithSortedKeys() throws {
        let bytes = GeminiLowering.providerRequest(prompt()).body
        let json = String(decoding: bytes, as: UTF8.self)
        #expect(json == #"{"contents":[{"parts":[{"text":"Make it"},{"inlineData":{"data":"AQID","mimeType":"image/png"}}],"role":"user"}],"generationConfig":{"imageConfig":{"aspectRatio":"1:8","imageSize":"512"},"responseModalities":["TEXT","IMAGE"]},"systemInstruction":{"parts":[{"text":"Rules"}]}}"#)
    }

    @Test func imageConfigIsOmittedWhenNothingIsChosen() throws {
        var noOptions = prompt(imageSize: nil)
        noOptions.aspectRatio = nil
        let json = String(decoding: try Lowering.prettyBody(noOptions, target: .gemini), as: UTF8.self)
        #expect(!json.contains("imageConfig"))
        #expect(GeminiLowering.path(for: noOptions) == "/v1beta/models/gemini-3.1-flash-image:generateContent")
    }

    @Test func wireSpellingOfTheSmallestSize() throws {
        let pro = try #require(Self.registry.model(named: "gemini-3-pro-image"))
        #expect(Self.nanoBanana2.wireSize("0.5K") == "512")
        #expect(Self.nanoBanana2.supports(imageSize: "0.5K"))
        #expect(!pro.supports(imageSize: "512"))
        #expect(Self.registry.model(named: "gemini-3.1-flash-image-preview") == Self.nanoBanana2)
    }
}
