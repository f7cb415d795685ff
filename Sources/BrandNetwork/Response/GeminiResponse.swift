import Foundation

/// Gemini `generateContent` answers (reference §4): the final non-thought image, captions,
/// finish and block reasons, usage and model version.
enum GeminiResponse {
    static func read(_ root: [String: Any], _ context: ResponseReader.Context) throws -> Result<ResponseSummary, ResponseFailure> {
        var summary = ResponseSummary()
        summary.modelVersion = root.string("modelVersion")
        summary.blockReason = root.object("promptFeedback")?.string("blockReason")
        if let usage = root.object("usageMetadata") { summary.usage = Self.usage(usage) }
        guard let candidate = root.array("candidates")?.first as? [String: Any] else {
            return .failure(.blocked(reason: summary.blockReason ?? "no candidates"))
        }
        summary.finishReason = candidate.string("finishReason")
        var finalImages: [String] = []
        var thoughtImages: [String] = []
        for case let part as [String: Any] in candidate.object("content")?.array("parts") ?? [] {
            let isThought = part["thought"] as? Bool ?? false
            if let data = part.object("inlineData")?.string("data") {
                if isThought { thoughtImages.append(data) } else { finalImages.append(data) }
            } else if let text = part.string("text"), !isThought {
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

    static func usage(_ metadata: [String: Any]) -> Usage {
        var usage = Usage(
            inputTokens: metadata.int("promptTokenCount"), outputTokens: metadata.int("candidatesTokenCount"),
            thoughtsTokens: metadata.int("thoughtsTokenCount"), totalTokens: metadata.int("totalTokenCount"))
        for case let detail as [String: Any] in metadata.array("candidatesTokensDetails") ?? []
        where detail.string("modality") == "IMAGE" {
            usage.imageOutputTokens = (usage.imageOutputTokens ?? 0) + (detail.int("tokenCount") ?? 0)
        }
        return usage
    }
}
