import Foundation
public import BrandAssembly

/// Lowers an assembled prompt to a Gemini-native `generateContent` request.
public enum GeminiLowering {
    public static func lower(_ prompt: AssembledPrompt) -> GeminiRequest {
        var parts: [GeminiRequest.Part] = [.text(prompt.prompt)]
        for image in prompt.references {
            parts.append(GeminiRequest.Part(
                text: nil, inlineData: GeminiRequest.InlineData(mimeType: image.format.mimeType, bytes: image.bytes)))
        }
        return GeminiRequest(
            systemInstruction: GeminiRequest.Content(role: nil, parts: [.text(prompt.systemInstruction)]),
            contents: [GeminiRequest.Content(role: "user", parts: parts)],
            tools: tools(prompt), safetySettings: safetySettings(prompt), generationConfig: generationConfig(prompt))
    }

    /// Google Search grounding when the template asks for web or image search; `nil` otherwise.
    static func tools(_ prompt: AssembledPrompt) -> [GeminiRequest.Tool]? {
        let options = prompt.options
        guard isGrounded(prompt) else { return nil }
        // Plain `googleSearch` is web search; image search has to be asked for by type (NB2 only).
        let searchTypes = options.imageSearch?.value == true
            ? GeminiRequest.SearchTypes(webSearch: options.webSearch?.value == true, imageSearch: true)
            : nil
        return [GeminiRequest.Tool(googleSearch: GeminiRequest.GoogleSearch(searchTypes: searchTypes))]
    }

    static func safetySettings(_ prompt: AssembledPrompt) -> [GeminiRequest.SafetySetting]? {
        let safety = prompt.options.safety
        return safety.isEmpty ? nil : safety.map {
            GeminiRequest.SafetySetting(category: $0.category.value, threshold: $0.threshold.value)
        }
    }

    static func generationConfig(_ prompt: AssembledPrompt) -> GeminiRequest.GenerationConfig {
        let imageConfig = prompt.aspectRatio == nil && prompt.imageSize == nil
            ? nil : GeminiRequest.ImageConfig(aspectRatio: prompt.aspectRatio, imageSize: prompt.imageSize)
        // Image-only responses are unreliable with grounding (api-surface §3.3): ask for text too.
        let modalities = isGrounded(prompt) && !prompt.responseModalities.contains("TEXT")
            ? ["TEXT"] + prompt.responseModalities : prompt.responseModalities
        return GeminiRequest.GenerationConfig(
            responseModalities: modalities, imageConfig: imageConfig,
            thinkingConfig: prompt.options.thinking.map { GeminiRequest.ThinkingConfig(thinkingLevel: $0.value.uppercased()) })
    }

    private static func isGrounded(_ prompt: AssembledPrompt) -> Bool {
        prompt.options.webSearch?.value == true || prompt.options.imageSearch?.value == true
    }

    /// The API path for the request, e.g. `/v1beta/models/gemini-3.1-flash-image:generateContent`.
    public static func path(for prompt: AssembledPrompt) -> String {
        "/v1beta/models/\(prompt.model.id):generateContent"
    }

    /// The request with its path and canonical (compact, sorted) JSON body.
    public static func providerRequest(_ prompt: AssembledPrompt) -> ProviderRequest {
        var writer = GeminiRequestWriter()
        return ProviderRequest(
            key: prompt.key, route: prompt.route.name, endpoint: .gemini, path: path(for: prompt), body: writer.bytes(lower(prompt)))
    }
}
