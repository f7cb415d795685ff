import Foundation

/// Anthropic-compatible `/v1/messages` answers (reference §10). The format has no image block, so
/// an image can only come smuggled as a Markdown data URI in a text block; otherwise the request
/// is reported as giving no image, with the model's text kept.
enum ClaudeResponse {
    static func read(_ root: [String: Any], _ context: ResponseReader.Context) throws -> Result<ResponseSummary, ResponseFailure> {
        var summary = ResponseSummary()
        summary.modelVersion = root.string("model")
        summary.finishReason = root.string("stop_reason")
        if let usage = root.object("usage") {
            summary.usage = Usage(inputTokens: usage.int("input_tokens"), outputTokens: usage.int("output_tokens"))
        }
        for case let block as [String: Any] in root.array("content") ?? [] where block.string("type") == "text" {
            guard let text = block.string("text") else { continue }
            if context.isSpilled(text) || text.contains("base64,"), let image = try context.decode(text, .lastDataURI) {
                summary.images.append(image)
            }
            if !context.isSpilled(text) { summary.texts.append(ResponseReader.caption(text)) }
        }
        if !summary.images.isEmpty { return .success(summary) }
        if summary.finishReason == "refusal" { return .failure(.blocked(reason: "refusal")) }
        return .failure(.noImage(
            reason: "the Claude-compatible endpoint returns text only (no image block exists)", retryOnce: false))
    }
}
