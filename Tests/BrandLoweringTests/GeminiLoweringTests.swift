import Foundation
import Testing
import BrandDiagnostics
import BrandModel
import BrandAssembly
import BrandLowering

@Suite struct GeminiLoweringTests {
    func prompt(imageSize: String? = "512") -> AssembledPrompt {
        AssembledPrompt(
            key: "P1", model: .nanoBanana2, locale: "ja", systemInstruction: "Rules", prompt: "Make it",
            textBlocks: [], references: [ReferenceImage(role: .logo, path: "l.png", format: .png, bytes: [1, 2, 3])],
            aspectRatio: "1:8", imageSize: imageSize, responseModalities: ["TEXT", "IMAGE"])
    }

    @Test func requestHasTheDocumentedShapeInCamelCaseWithSortedKeys() throws {
        let bytes = try CanonicalJSON.encode(GeminiLowering.lower(prompt()), pretty: false)
        let json = String(decoding: bytes, as: UTF8.self)
        #expect(json == #"{"contents":[{"parts":[{"text":"Make it"},{"inlineData":{"data":"AQID","mimeType":"image/png"}}],"role":"user"}],"generationConfig":{"imageConfig":{"aspectRatio":"1:8","imageSize":"512"},"responseModalities":["TEXT","IMAGE"]},"systemInstruction":{"parts":[{"text":"Rules"}]}}"#)
    }

    @Test func imageConfigIsOmittedWhenNothingIsChosen() throws {
        var noOptions = prompt(imageSize: nil)
        noOptions.aspectRatio = nil
        let json = String(decoding: try CanonicalJSON.encode(GeminiLowering.lower(noOptions)), as: UTF8.self)
        #expect(!json.contains("imageConfig"))
        #expect(GeminiLowering.path(for: noOptions) == "/v1beta/models/gemini-3.1-flash-image:generateContent")
    }

    @Test func wireSpellingOfTheSmallestSize() {
        #expect(TargetModel.nanoBanana2.wireSize("0.5K") == "512")
        #expect(TargetModel.nanoBanana2.supports(imageSize: "0.5K"))
        #expect(!TargetModel.nanoBananaPro.supports(imageSize: "512"))
        #expect(TargetModel.named("gemini-3.1-flash-image-preview") == .nanoBanana2)
    }
}
