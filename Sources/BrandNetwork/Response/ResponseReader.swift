import Foundation
public import BrandModel

/// Reads a response body saved on disk, in the wire format of its endpoint, into a summary and
/// decoded image files (temporary names in `folder`), or says why it holds no image.
public enum ResponseReader {
    public static func read(body file: URL, endpoint: Route.Endpoint, into folder: URL)
        throws -> Result<ResponseSummary, ResponseFailure>
    {
        let spilled = try SpilledJSON.split(file: file, blobFolder: folder)
        defer { for blob in spilled.blobs { try? FileManager.default.removeItem(at: blob) } }
        let context = Context(spilled: spilled, folder: folder)
        do {
            switch endpoint {
            case .gemini: return try GeminiResponse.read(spilled.decode(GeminiResponse.Body.self), context)
            case .openAIImages: return try OpenAIImagesResponse.read(spilled.decode(OpenAIImagesResponse.Body.self), context)
            case .openAIChat: return try ChatCompletionsResponse.read(spilled.decode(ChatCompletionsResponse.Body.self), context)
            case .claude: return try ClaudeResponse.read(spilled.decode(ClaudeResponse.Body.self), context)
            }
        } catch let shape as WireShapeError {
            // A body of the wrong shape is the provider's fault: reported (and retried) like a cut-short one.
            return .failure(.malformed(shape.description))
        }
    }

    /// The non-thought text parts of a Gemini answer held in memory (an edit session's saved
    /// answer); none when it is not a Gemini response.
    public static func geminiTexts(ofAnswer answer: [UInt8]) -> [String] {
        (try? WireJSON.decode(GeminiResponse.Body.self, from: answer)).map(GeminiResponse.texts) ?? []
    }

    struct Context {
        let spilled: SpilledJSON
        let folder: URL

        /// The text of a string value, resolving a spilled one to its blob.
        func text(_ value: String) -> Base64Text {
            if let blob = spilled.blob(for: value) { return .blob(blob) }
            return .inline(Array(value.utf8))
        }

        func isSpilled(_ value: String) -> Bool { spilled.blob(for: value) != nil }

        func decode(_ value: String, _ payload: Base64Text.Payload) throws -> DecodedImage? {
            try text(value).decode(payload, into: folder)
        }
    }

    /// A Markdown or plain text with any inline data URIs cut out, for captions.
    static func caption(_ text: String) -> String {
        var result = text
        while let start = result.range(of: "![", options: []), let uri = result.range(of: "(data:", range: start.upperBound..<result.endIndex),
            let end = result.range(of: ")", range: uri.upperBound..<result.endIndex)
        {
            result.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
