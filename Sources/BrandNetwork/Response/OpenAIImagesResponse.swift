import Foundation

/// OpenAI Images answers (reference §8.3): `data[].b64_json` and `usage`, snake_case.
enum OpenAIImagesResponse {
    struct Body: Decodable, Sendable {
        var data: [Item]?
        var usage: Usage?
    }

    struct Item: Decodable, Sendable {
        var b64JSON: String?

        enum CodingKeys: String, CodingKey { case b64JSON = "b64_json" }
    }

    struct Usage: Decodable, Sendable {
        var inputTokens: WireInt?
        var outputTokens: WireInt?
        var totalTokens: WireInt?
        var outputTokensDetails: OpenAITokenDetails?

        enum CodingKeys: String, CodingKey {
            case inputTokens = "input_tokens", outputTokens = "output_tokens", totalTokens = "total_tokens"
            case outputTokensDetails = "output_tokens_details"
        }
    }

    static func read(_ body: Body, _ context: ResponseReader.Context) throws -> Result<ResponseSummary, ResponseFailure> {
        var summary = ResponseSummary()
        if let usage = body.usage {
            summary.usage = BrandNetwork.Usage(
                inputTokens: usage.inputTokens?.value, outputTokens: usage.outputTokens?.value,
                imageOutputTokens: usage.outputTokensDetails?.imageTokens?.value, totalTokens: usage.totalTokens?.value)
        }
        for item in body.data ?? [] {
            guard let data = item.b64JSON else { continue }
            guard let image = try context.decode(data, .whole) else {
                return .failure(.malformed("b64_json is not a PNG, JPEG, WebP or GIF image"))
            }
            summary.images.append(image)
        }
        return summary.images.isEmpty ? .failure(.noImage(reason: "no data[].b64_json", retryOnce: false)) : .success(summary)
    }
}
