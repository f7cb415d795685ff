import Foundation
public import BrandAssembly

/// Chat Completions with image output, for gateways that serve Gemini image models that way
/// (api-surface §9, request variant A: `modalities` and `image_config` at the top level).
public struct OpenAIChatRequest: Codable, Sendable, Equatable {
    public var model: String
    public var messages: [Message]
    public var modalities: [String]
    public var imageConfig: ImageConfig?

    public struct Message: Codable, Sendable, Equatable {
        public var role: String
        public var content: [ContentPart]
    }

    public struct ContentPart: Codable, Sendable, Equatable {
        public var type: String
        public var text: String?
        public var imageURL: ImageURL?

        enum CodingKeys: String, CodingKey {
            case type, text
            case imageURL = "image_url"
        }
    }

    public struct ImageURL: Codable, Sendable, Equatable {
        public var url: String
    }

    public struct ImageConfig: Codable, Sendable, Equatable {
        public var aspectRatio: String?
        public var imageSize: String?

        enum CodingKeys: String, CodingKey {
            case aspectRatio = "aspect_ratio"
            case imageSize = "image_size"
        }
    }

    enum CodingKeys: String, CodingKey {
        case model, messages, modalities
        case imageConfig = "image_config"
    }
}

public enum OpenAIChatLowering {
    public static func lower(_ prompt: AssembledPrompt) -> OpenAIChatRequest {
        var user = [OpenAIChatRequest.ContentPart(type: "text", text: prompt.prompt, imageURL: nil)]
        for image in prompt.references {
            user.append(OpenAIChatRequest.ContentPart(
                type: "image_url", text: nil,
                imageURL: OpenAIChatRequest.ImageURL(
                    url: "data:\(image.format.mimeType);base64,\(Data(image.bytes).base64EncodedString())")))
        }
        let imageConfig = prompt.aspectRatio == nil && prompt.imageSize == nil
            ? nil : OpenAIChatRequest.ImageConfig(aspectRatio: prompt.aspectRatio, imageSize: prompt.imageSize)
        return OpenAIChatRequest(
            model: prompt.model.id,
            messages: [
                OpenAIChatRequest.Message(
                    role: "system", content: [.init(type: "text", text: prompt.systemInstruction, imageURL: nil)]),
                OpenAIChatRequest.Message(role: "user", content: user),
            ],
            modalities: prompt.responseModalities.map { $0.lowercased() }.sorted { $0 == "image" && $1 != "image" },
            imageConfig: imageConfig)
    }

    public static func providerRequest(_ prompt: AssembledPrompt) throws -> ProviderRequest {
        ProviderRequest(
            key: prompt.key, route: prompt.route.name, endpoint: .openAIChat, path: "/v1/chat/completions",
            body: try CanonicalJSON.encode(lower(prompt), pretty: false))
    }
}
