import Foundation

/// OpenAI Images answers (reference §8.3): `data[].b64_json` and `usage`.
enum OpenAIImagesResponse {
    static func read(_ root: [String: Any], _ context: ResponseReader.Context) throws -> Result<ResponseSummary, ResponseFailure> {
        var summary = ResponseSummary()
        if let usage = root.object("usage") {
            summary.usage = Usage(
                inputTokens: usage.int("input_tokens"), outputTokens: usage.int("output_tokens"),
                imageOutputTokens: usage.object("output_tokens_details")?.int("image_tokens"),
                totalTokens: usage.int("total_tokens"))
        }
        for case let item as [String: Any] in root.array("data") ?? [] {
            guard let data = item.string("b64_json") ?? item.string("b64Json") else { continue }
            guard let image = try context.decode(data, .whole) else {
                return .failure(.malformed("b64_json is not a PNG, JPEG, WebP or GIF image"))
            }
            summary.images.append(image)
        }
        return summary.images.isEmpty ? .failure(.noImage(reason: "no data[].b64_json", retryOnce: false)) : .success(summary)
    }
}
