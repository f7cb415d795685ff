import Foundation

/// Gemini image models behind an OpenAI-compatible `/v1/chat/completions` (reference §9): the image
/// is in `message.images[]`, in a `content` array part, or a Markdown data URI inside `content`.
enum ChatCompletionsResponse {
    static func read(_ body: Body, _ context: ResponseReader.Context) throws -> Result<ResponseSummary, ResponseFailure> {
        var summary = ResponseSummary()
        summary.modelVersion = body.model
        if let usage = body.usage {
            summary.usage = BrandNetwork.Usage(
                inputTokens: usage.promptTokens?.value, outputTokens: usage.completionTokens?.value,
                imageOutputTokens: usage.completionTokensDetails?.imageTokens?.value, totalTokens: usage.totalTokens?.value)
        }
        guard let choice = body.choices?.first, let message = choice.message else {
            return .failure(.malformed("no choices[0].message"))
        }
        summary.finishReason = choice.finishReason
        var urls = (message.images ?? []).compactMap { $0.imageURL?.url }
        var markdown: [String] = []
        switch message.content {
        case .parts(let parts):
            for part in parts {
                if let url = part.imageURL?.url { urls.append(url) }
                if let text = part.text { markdown.append(text) }
            }
        case .text(let content): markdown.append(content)
        case nil: break
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
