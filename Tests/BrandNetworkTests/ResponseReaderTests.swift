import BrandModel
import Foundation
import Testing
@testable import BrandNetwork

struct ResponseReaderTests {
    func read(_ body: String, _ endpoint: Route.Endpoint = .gemini) throws -> (Result<ResponseSummary, ResponseFailure>, ScratchFolder) {
        let folder = try ScratchFolder()
        let file = folder.url.appendingPathComponent(".body.partial")
        try Data(body.utf8).write(to: file)
        return (try ResponseReader.read(body: file, endpoint: endpoint, into: folder.url), folder)
    }

    func bytes(_ image: DecodedImage) throws -> [UInt8] { Array(try Data(contentsOf: image.temporaryFile)) }

    /// The last non-thought image wins over the interim thought image; a JPEG labelled image/png is a JPEG.
    @Test func geminiPicksTheFinalNonThoughtImageAndSniffsItsType() throws {
        let body = WireBodies.gemini(parts: [
            WireBodies.textPart("thinking", thought: true),
            WireBodies.imagePart(TinyImages.png(size: 3), thought: true),
            WireBodies.textPart("Here is your image"),
            WireBodies.imagePart(TinyImages.jpeg(), mimeType: "image/png"),
        ])
        let (result, folder) = try read(body)
        defer { folder.remove() }
        let summary = try result.get()
        #expect(summary.images.count == 1)
        #expect(summary.images.last?.kind == .jpeg)
        let last = try #require(summary.images.last)
        #expect(try bytes(last) == TinyImages.jpeg())
        #expect(summary.texts == ["Here is your image"])
        #expect(summary.finishReason == "STOP")
        #expect(summary.modelVersion == "gemini-3.1-flash-image")
        #expect(summary.usage.imageOutputTokens == 1120)
        #expect(summary.usage.inputTokens == 12)
    }

    /// Gemini 3 may flag the final image as a thought: with no other image, it is used.
    @Test func geminiFallsBackToTheLastImageAtAll() throws {
        let (result, folder) = try read(WireBodies.gemini(parts: [WireBodies.imagePart(TinyImages.png(), thought: true)]))
        defer { folder.remove() }
        #expect(try result.get().images.first?.kind == .png)
    }

    /// The REST API answers in camelCase (reference §4.1): snake_case keys are unknown fields,
    /// skipped like any other, so such a body holds no candidates.
    @Test func geminiReadsTheRESTKeysOnly() throws {
        let body = #"{"candidates":[{"content":{"parts":[{"inline_data":{"mime_type":"image/png","data":"\#(WireBodies.base64(TinyImages.png()))"}}]},"#
            + #""finish_reason":"STOP"}],"usage_metadata":{"prompt_token_count":4},"model_version":"m"}"#
        let (result, folder) = try read(body.replacingOccurrences(of: #""candidates""#, with: #""candidate_list""#))
        defer { folder.remove() }
        #expect(throws: ResponseFailure.blocked(reason: "no candidates")) { try result.get() }
        let (snake, other) = try read(body)
        defer { other.remove() }
        #expect(throws: ResponseFailure.noImage(reason: "STOP", retryOnce: false)) { try snake.get() }
    }

    /// The whole §4.1 skeleton, with every field brandc does not read (thought signatures, safety
    /// ratings, grounding, response id, token details) and one it has never seen.
    @Test func geminiSkipsFieldsItDoesNotRead() throws {
        let image = WireBodies.base64(TinyImages.png())
        let body = #"{"candidates":[{"content":{"role":"model","parts":[{"text":"thinking","thought":true},"#
            + #"{"inlineData":{"mimeType":"image/png","data":"\#(image)"},"thought":true},"#
            + #"{"text":"Here is your image","thoughtSignature":"c2ln"},"#
            + #"{"inlineData":{"mimeType":"image/jpeg","data":"\#(image)"},"thoughtSignature":"c2ln"}]},"#
            + #""finishReason":"STOP","finishMessage":"ok","index":0,"safetyRatings":[{"category":"X","probability":"NEGLIGIBLE"}],"#
            + #""groundingMetadata":{"webSearchQueries":["a"]},"brandNewField":{"nested":[1,2,{"x":null}]}}],"#
            + #""promptFeedback":{"safetyRatings":[]},"usageMetadata":{"promptTokenCount":12,"candidatesTokenCount":1140,"#
            + #""thoughtsTokenCount":122,"totalTokenCount":1274,"promptTokensDetails":[{"modality":"TEXT","tokenCount":12}],"#
            + #""candidatesTokensDetails":[{"modality":"TEXT","tokenCount":20},{"modality":"IMAGE","tokenCount":1120}]},"#
            + #""modelVersion":"gemini-3.1-flash-image-preview","responseId":"r1"}"#
        let (result, folder) = try read(body)
        defer { folder.remove() }
        let summary = try result.get()
        #expect(summary.images.map(\.kind) == [.png])
        #expect(summary.texts == ["Here is your image"])
        #expect(summary.usage == Usage(inputTokens: 12, outputTokens: 1140, thoughtsTokens: 122, imageOutputTokens: 1120, totalTokens: 1274))
        #expect(summary.modelVersion == "gemini-3.1-flash-image-preview")
    }

    /// A field of the wrong type is a malformed answer that says where, never a crash or a guess.
    @Test(arguments: [
        (#"{"candidates":[{"content":{"parts":[{"thought":"yes"}]}}]}"#, "candidates[0].content.parts[0].thought: expected true or false"),
        (#"{"candidates":{"content":{}}}"#, "candidates: expected an array"),
        (#"{"usageMetadata":{"promptTokenCount":"many"}}"#, "usageMetadata.promptTokenCount: expected a number"),
        (#"[{"candidates":[]}]"#, "the body is not a JSON object (cut short or not JSON)"),
    ])
    func geminiWrongTypesAreLocated(body: String, expected: String) throws {
        let (result, folder) = try read(body)
        defer { folder.remove() }
        #expect(throws: ResponseFailure.malformed(expected)) { try result.get() }
    }

    /// An edit session's saved answer: its non-thought texts; nothing from another shape.
    @Test func geminiTextsOfAnAnswerInMemory() {
        let answer = WireBodies.gemini(parts: [WireBodies.textPart("plan", thought: true), WireBodies.textPart("Here"),
                                               WireBodies.imagePart(TinyImages.png()), WireBodies.textPart("and more")])
        #expect(ResponseReader.geminiTexts(ofAnswer: Array(answer.utf8)) == ["Here", "and more"])
        #expect(ResponseReader.geminiTexts(ofAnswer: Array(#"{"candidates":"x"}"#.utf8)).isEmpty)
    }

    /// 64-bit counts arrive as decimal strings in Google's JSON mapping.
    @Test func geminiUsageAcceptsDecimalStrings() throws {
        let body = WireBodies.geminiImage().replacingOccurrences(of: #""promptTokenCount":12"#, with: #""promptTokenCount":"12""#)
        let (result, folder) = try read(body)
        defer { folder.remove() }
        #expect(try result.get().usage.inputTokens == 12)
    }

    @Test(arguments: [
        (WireBodies.blocked, ResponseFailure.blocked(reason: "PROHIBITED_CONTENT")),
        (WireBodies.gemini(parts: [], finishReason: "IMAGE_SAFETY"), .blocked(reason: "IMAGE_SAFETY")),
        (WireBodies.gemini(parts: [], finishReason: "NO_IMAGE"), .noImage(reason: "NO_IMAGE", retryOnce: true)),
        (WireBodies.gemini(parts: [WireBodies.textPart("I cannot")], finishReason: "STOP"), .noImage(reason: "STOP", retryOnce: false)),
        (WireBodies.gemini(parts: [], finishReason: "BRAND_NEW_REASON"), .unknownFinishReason("BRAND_NEW_REASON")),
        (#"{"candidates": [ {"content""#, .malformed("the body is not a JSON object (cut short or not JSON)")),
    ])
    func geminiFailuresAreClassified(body: String, expected: ResponseFailure) throws {
        let (result, folder) = try read(body)
        defer { folder.remove() }
        #expect(throws: expected) { try result.get() }
        #expect(folder.names == [".body.partial"], "no decoded image may be left behind")
    }

    @Test func openAIImagesReadsB64JSONAndUsage() throws {
        let (result, folder) = try read(WireBodies.openAIImages(TinyImages.png()), .openAIImages)
        defer { folder.remove() }
        let summary = try result.get()
        #expect(summary.images.map(\.kind) == [.png])
        #expect(summary.usage.imageOutputTokens == 1056)
    }

    /// §9's three placements: `images[]`, a content array part, a Markdown data URI in the content string.
    @Test(arguments: [
        #"{"role":"assistant","content":"Done","images":[{"type":"image_url","image_url":{"url":"data:image/png;base64,\#(WireBodies.base64(TinyImages.png()))"}}]}"#,
        #"{"role":"assistant","content":[{"type":"text","text":"Done"},{"type":"image_url","image_url":{"url":"data:image/png;base64,\#(WireBodies.base64(TinyImages.png()))"}}]}"#,
        #"{"role":"assistant","content":"Done ![image](data:image/png;base64,\#(WireBodies.base64(TinyImages.png())))"}"#,
    ])
    func chatCompletionsFindsTheImageInEachVariant(message: String) throws {
        let (result, folder) = try read(WireBodies.chat(message: message), .openAIChat)
        defer { folder.remove() }
        let summary = try result.get()
        #expect(summary.images.map(\.kind) == [.png])
        #expect(try bytes(summary.images[0]) == TinyImages.png())
        #expect(summary.texts == ["Done"])
    }

    @Test func claudeReportsNoImageClearly() throws {
        let (result, folder) = try read(WireBodies.claude(text: "Here is a description of the scene."), .claude)
        defer { folder.remove() }
        #expect(throws: ResponseFailure.noImage(
            reason: "the Claude-compatible endpoint returns text only (no image block exists)", retryOnce: false)) { try result.get() }
    }

    @Test func sniffsEachFormatFromItsBytes() {
        #expect(ImageKind.sniff(TinyImages.png()) == .png)
        #expect(ImageKind.sniff(TinyImages.jpeg()) == .jpeg)
        #expect(ImageKind.sniff(Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)) == .webp)
        #expect(ImageKind.sniff(Array("<html>".utf8)) == nil)
    }
}
