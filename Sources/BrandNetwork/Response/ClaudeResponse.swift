import Foundation

/// Anthropic-compatible `/v1/messages` answers (reference §10). The format has no image block, so
/// an image can only come smuggled as a Markdown data URI in a text block; otherwise the request
/// is reported as giving no image, with the model's text kept.
enum ClaudeResponse {
    struct Body: Decodable, Sendable {
        var model: String?
        var stopReason: String?
        var usage: Usage?
        var content: [Block]?

        enum CodingKeys: String, CodingKey { case model, stopReason = "stop_reason", usage, content }
    }

    /// `text`, `thinking`, `tool_use`, …: only text blocks are read.
    struct Block: Decodable, Sendable {
        var type: String?
        var text: String?
    }

    struct Usage: Decodable, Sendable {
        var inputTokens: WireInt?
        var outputTokens: WireInt?

        enum CodingKeys: String, CodingKey { case inputTokens = "input_tokens", outputTokens = "output_tokens" }
    }

    static func read(_ body: Body, _ context: ResponseReader.Context) throws -> Result<ResponseSummary, ResponseFailure> {
        var summary = ResponseSummary()
        summary.modelVersion = body.model
        summary.finishReason = body.stopReason
        if let usage = body.usage {
            summary.usage = BrandNetwork.Usage(inputTokens: usage.inputTokens?.value, outputTokens: usage.outputTokens?.value)
        }
        for block in body.content ?? [] where block.type == "text" {
            guard let text = block.text else { continue }
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
