import Foundation

/// Gemini image models behind an OpenAI-compatible `/v1/chat/completions` (reference §9): the image
/// is in `message.images[]`, in a `content` array part, or a Markdown data URI inside `content`.
enum ChatCompletionsResponse {
    static func read(_ root: [String: Any], _ context: ResponseReader.Context) throws -> Result<ResponseSummary, ResponseFailure> {
        var summary = ResponseSummary()
        summary.modelVersion = root.string("model")
        if let usage = root.object("usage") {
            summary.usage = Usage(
                inputTokens: usage.int("prompt_tokens"), outputTokens: usage.int("completion_tokens"),
                imageOutputTokens: usage.object("completion_tokens_details")?.int("image_tokens"),
                totalTokens: usage.int("total_tokens"))
        }
        guard let choice = root.array("choices")?.first as? [String: Any],
            let message = choice.object("message")
        else { return .failure(.malformed("no choices[0].message")) }
        summary.finishReason = choice.string("finish_reason")
        var urls: [String] = []
        for case let image as [String: Any] in message.array("images") ?? [] {
            if let url = image.object("image_url")?.string("url") { urls.append(url) }
        }
        var markdown: [String] = []
        if let parts = message.array("content") {
            for case let part as [String: Any] in parts {
                if let url = part.object("image_url")?.string("url") { urls.append(url) }
                if let text = part.string("text") { markdown.append(text) }
            }
        } else if let content = message.string("content") {
            markdown.append(content)
        }
        for url in urls {
            if let image = try context.decode(url, .dataURI) { summary.images.append(image) }
        }
        for text in markdown {
            let holdsImage = context.isSpilled(text) || text.contains("base64,")
            if holdsImage, let image = try context.decode(text, .lastDataURI) { summary.images.append(image) }
            if !context.isSpilled(text) {
                let caption = ResponseReader.caption(text)
                if !caption.isEmpty { summary.texts.append(caption) }
            }
        }
        if !summary.images.isEmpty { return .success(summary) }
        if summary.finishReason == "content_filter" { return .failure(.blocked(reason: "content_filter")) }
        return .failure(.noImage(reason: "no image in the chat completion (finish_reason \(summary.finishReason ?? "none"))",
                                 retryOnce: false))
    }
}
