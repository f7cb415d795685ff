import Foundation

extension FakeProvider {
    /// Answers each endpoint in its own wire format, by path: Gemini `:generateContent` and
    /// `:countTokens`, OpenAI `/v1/images/generations`, `/v1/chat/completions`, Claude `/v1/messages`.
    static let wireFormats: Responder = { request, _ in
        let path = request.path
        if path.hasSuffix(":countTokens") { return .json(#"{"totalTokens":1131}"#) }
        if path.hasSuffix(":generateContent") { return .json(WireBodies.geminiImage()) }
        if path.hasSuffix("/v1/images/generations") { return .json(WireBodies.openAIImages(TinyImages.png())) }
        if path.hasSuffix("/v1/chat/completions") {
            let url = "data:image/jpeg;base64," + WireBodies.base64(TinyImages.jpeg())
            return .json(WireBodies.chat(message: #"{"role":"assistant","content":null,"images":[{"type":"image_url","image_url":{"url":"\#(url)"}}]}"#))
        }
        if path.hasSuffix("/v1/messages") { return .json(WireBodies.claude(text: "I can only describe the image.")) }
        return .json(#"{"error":{"code":404,"message":"no such endpoint","status":"NOT_FOUND"}}"#, status: 404)
    }
}
