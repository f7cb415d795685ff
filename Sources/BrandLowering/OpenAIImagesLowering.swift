import Foundation
public import BrandAssembly

/// OpenAI Images API bodies (api-surface §8): `/v1/images/generations` without reference images,
/// `/v1/images/edits` (the JSON form, `images[]` as data URLs) with them.
public struct OpenAIImagesRequest: Codable, Sendable, Equatable {
    public var model: String
    public var prompt: String
    public var n: Int
    public var size: String
    public var quality: String?
    public var background: String?
    public var outputFormat: String?
    public var inputFidelity: String?
    public var images: [ImageReference]?

    public struct ImageReference: Codable, Sendable, Equatable {
        public var imageURL: String

        enum CodingKeys: String, CodingKey {
            case imageURL = "image_url"
        }
    }

    enum CodingKeys: String, CodingKey {
        case model, prompt, n, size, quality, background, images
        case outputFormat = "output_format"
        case inputFidelity = "input_fidelity"
    }
}

public enum OpenAIImagesLowering {
    /// The Images API has no system field: the brand rules lead the prompt.
    static func promptText(_ prompt: AssembledPrompt) -> String {
        prompt.systemInstruction.isEmpty ? prompt.prompt : prompt.systemInstruction + "\n\n" + prompt.prompt
    }

    /// The size for the request: the template's pixel size when it gives one, else the size of the
    /// aspect ratio (1:1 → 1024x1024, 3:2 → 1536x1024, 2:3 → 1024x1536), else `auto`.
    public static func size(for prompt: AssembledPrompt) -> String {
        if let size = prompt.imageSize, size != "auto", prompt.model.imageSizes.contains(size) { return size }
        switch prompt.aspectRatio {
        case "1:1"?: return "1024x1024"
        case "3:2"?: return "1536x1024"
        case "2:3"?: return "1024x1536"
        default: return "auto"
        }
    }

    public static func lower(_ prompt: AssembledPrompt) -> OpenAIImagesRequest {
        let options = prompt.options
        let images = prompt.references.isEmpty ? nil : prompt.references.map { image in
            OpenAIImagesRequest.ImageReference(
                imageURL: "data:\(image.format.mimeType);base64,\(Data(image.bytes).base64EncodedString())")
        }
        return OpenAIImagesRequest(
            model: prompt.model.id, prompt: promptText(prompt), n: 1, size: size(for: prompt),
            quality: options.quality?.value, background: options.background?.value,
            outputFormat: options.outputFormat?.value,
            inputFidelity: images == nil ? nil : options.inputFidelity?.value, images: images)
    }

    public static func path(for prompt: AssembledPrompt) -> String {
        prompt.references.isEmpty ? "/v1/images/generations" : "/v1/images/edits"
    }

    public static func providerRequest(_ prompt: AssembledPrompt) throws -> ProviderRequest {
        ProviderRequest(
            key: prompt.key, route: prompt.route.name, endpoint: .openAIImages, path: path(for: prompt),
            body: try CanonicalJSON.encode(lower(prompt), pretty: false))
    }
}
