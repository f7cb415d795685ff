import Foundation

/// Gemini `generateContent` answers (reference §4): the final non-thought image, captions,
/// finish and block reasons, usage and model version.
enum GeminiResponse {
    static func read(_ body: Body, _ context: ResponseReader.Context) throws -> Result<ResponseSummary, ResponseFailure> {
        var summary = ResponseSummary()
        summary.modelVersion = body.modelVersion
        summary.blockReason = body.promptFeedback?.blockReason
        if let usage = body.usageMetadata { summary.usage = Self.usage(usage) }
        guard let candidate = body.candidates?.first else {
            return .failure(.blocked(reason: summary.blockReason ?? "no candidates"))
        }
        summary.finishReason = candidate.finishReason
        var finalImages: [String] = []
        var thoughtImages: [String] = []
        for part in candidate.content?.parts ?? [] {
            let isThought = part.thought ?? false
            if let data = part.inlineData?.data {
                if isThought { thoughtImages.append(data) } else { finalImages.append(data) }
            } else if let text = part.text, !isThought {
                summary.texts.append(text)
            }
        }
        // §4.2: the last non-thought image; Gemini 3 sometimes flags the final one as a thought.
        let chosen = finalImages.isEmpty ? Array(thoughtImages.suffix(1)) : finalImages
        for data in chosen {
            guard let image = try context.decode(data, .whole) else {
                return .failure(.malformed("an inlineData part is not a PNG, JPEG, WebP or GIF image"))
            }
            summary.images.append(image)
        }
        let reason = summary.finishReason.map(FinishReason.init)
        if !summary.images.isEmpty, reason == nil || reason == .stop { return .success(summary) }
        for image in summary.images { try? FileManager.default.removeItem(at: image.temporaryFile) }
        return .failure((reason ?? .stop).failure)
    }

    static func usage(_ metadata: UsageMetadata) -> Usage {
        var usage = Usage(
            inputTokens: metadata.promptTokenCount?.value, outputTokens: metadata.candidatesTokenCount?.value,
            thoughtsTokens: metadata.thoughtsTokenCount?.value, totalTokens: metadata.totalTokenCount?.value)
        for detail in metadata.candidatesTokensDetails ?? [] where detail.modality == "IMAGE" {
            usage.imageOutputTokens = (usage.imageOutputTokens ?? 0) + (detail.tokenCount?.value ?? 0)
        }
        return usage
    }

    /// The non-thought text parts of the first candidate, for a caller that keeps the whole answer
    /// (edit sessions).
    static func texts(_ body: Body) -> [String] {
        (body.candidates?.first?.content?.parts ?? []).compactMap { $0.thought == true ? nil : $0.text }
    }
}
