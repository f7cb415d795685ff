import Foundation
public import BrandAssembly

/// A Claude-compatible Messages request (api-surface §10). The weakest route for images: the
/// Messages API has no image output block, so a gateway can only return an image smuggled into
/// text. brandc emits it for gateways that accept it and for drafting prompts as text.
public struct ClaudeRequest: Codable, Sendable, Equatable {
    public var model: String
    public var maxTokens: Int
    public var system: String
    public var messages: [Message]

    public struct Message: Codable, Sendable, Equatable {
        public var role: String
        public var content: [Block]
    }

    public struct Block: Codable, Sendable, Equatable {
        public var type: String
        public var text: String?
        public var source: Source?
    }

    public struct Source: Codable, Sendable, Equatable {
        public var type: String
        public var mediaType: String
        public var data: String

        enum CodingKeys: String, CodingKey {
            case type, data
            case mediaType = "media_type"
        }
    }

    enum CodingKeys: String, CodingKey {
        case model, system, messages
        case maxTokens = "max_tokens"
    }
}

public enum ClaudeLowering {
    /// Image types the Messages API takes as input.
    public static let acceptedMediaTypes = ["image/jpeg", "image/png", "image/gif", "image/webp"]
    public static let anthropicVersion = "2023-06-01"

    public static func lower(_ prompt: AssembledPrompt) -> ClaudeRequest {
        var blocks = [ClaudeRequest.Block(type: "text", text: prompt.prompt, source: nil)]
        for image in prompt.references where acceptedMediaTypes.contains(image.format.mimeType) {
            blocks.append(ClaudeRequest.Block(
                type: "image", text: nil,
                source: ClaudeRequest.Source(
                    type: "base64", mediaType: image.format.mimeType, data: Data(image.bytes).base64EncodedString())))
        }
        return ClaudeRequest(
            model: prompt.model.id, maxTokens: 1024, system: prompt.systemInstruction,
            messages: [ClaudeRequest.Message(role: "user", content: blocks)])
    }

    public static func providerRequest(_ prompt: AssembledPrompt) throws -> ProviderRequest {
        ProviderRequest(
            key: prompt.key, route: prompt.route.name, endpoint: .claude, path: "/v1/messages",
            headers: [.init("content-type", "application/json"), .init("anthropic-version", anthropicVersion)],
            body: try CanonicalJSON.encode(lower(prompt), pretty: false))
    }
}
