import BrandAssembly
import BrandLowering
import Foundation

/// The test oracle for `GeminiRequestWriter`: the same request as `Codable` types, encoded by
/// `JSONEncoder` through `CanonicalJSON` (sorted keys, unescaped slashes). The shipped code never
/// encodes a Gemini request this way; the differential tests hold the writer to these bytes.
struct OracleRequest: Encodable {
    var systemInstruction: Content?
    var contents: [Content]
    var tools: [Tool]?
    var safetySettings: [SafetySetting]?
    var generationConfig: GenerationConfig

    struct Content: Encodable {
        var role: String?
        var parts: [Part]
    }

    struct Part: Encodable {
        var text: String?
        var inlineData: InlineData?
    }

    struct InlineData: Encodable {
        var mimeType: String
        var data: String
    }

    struct GenerationConfig: Encodable {
        var responseModalities: [String]
        var imageConfig: ImageConfig?
        var thinkingConfig: ThinkingConfig?
    }

    struct ImageConfig: Encodable {
        var aspectRatio: String?
        var imageSize: String?
    }

    struct ThinkingConfig: Encodable {
        var thinkingLevel: String
    }

    struct Tool: Encodable {
        var googleSearch: GoogleSearch
    }

    struct GoogleSearch: Encodable {
        var searchTypes: SearchTypes?
    }

    struct SearchTypes: Encodable {
        var webSearch: Empty?
        var imageSearch: Empty?
    }

    struct Empty: Encodable {}

    struct SafetySetting: Encodable {
        var category: String
        var threshold: String
    }

    /// `{"key": …, "request": …}`, one Batch API input line (reference §7.2).
    struct BatchLine: Encodable {
        var key: String
        var request: OracleRequest
    }

    init(_ request: GeminiRequest) {
        func content(_ content: GeminiRequest.Content) -> Content {
            Content(role: content.role, parts: content.parts.map { part in
                Part(text: part.text, inlineData: part.inlineData.map {
                    InlineData(mimeType: $0.mimeType, data: Data($0.bytes).base64EncodedString())
                })
            })
        }
        systemInstruction = request.systemInstruction.map(content)
        contents = request.contents.map(content)
        tools = request.tools?.map { tool in
            Tool(googleSearch: GoogleSearch(searchTypes: tool.googleSearch.searchTypes.map {
                SearchTypes(webSearch: $0.webSearch ? Empty() : nil, imageSearch: $0.imageSearch ? Empty() : nil)
            }))
        }
        safetySettings = request.safetySettings?.map { SafetySetting(category: $0.category, threshold: $0.threshold) }
        let config = request.generationConfig
        generationConfig = GenerationConfig(
            responseModalities: config.responseModalities,
            imageConfig: config.imageConfig.map { ImageConfig(aspectRatio: $0.aspectRatio, imageSize: $0.imageSize) },
            thinkingConfig: config.thinkingConfig.map { ThinkingConfig(thinkingLevel: $0.thinkingLevel) })
    }

    static func body(_ prompt: AssembledPrompt, pretty: Bool = false) throws -> [UInt8] {
        try CanonicalJSON.encode(OracleRequest(GeminiLowering.lower(prompt)), pretty: pretty)
    }

    static func line(_ prompt: AssembledPrompt) throws -> [UInt8] {
        let line = BatchLine(key: GeminiBatchLowering.key(for: prompt), request: OracleRequest(GeminiLowering.lower(prompt)))
        return try CanonicalJSON.encode(line, pretty: false) + [0x0A]
    }
}
