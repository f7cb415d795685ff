import BrandText
import Foundation

/// The body of a Gemini edit turn, built as the canonical REST multi-turn pattern (api-surface
/// §3.9): `contents: [user1, <answer 1's candidates[0].content verbatim>, user2, …, userN]`. The
/// model contents are the answers' own bytes, so every `thoughtSignature` goes back exactly as it
/// came; brandc never writes, moves or invents one. Images brandc adds (the session's source, or
/// the last image after a model switch) are plain `inlineData` parts without a signature.
enum GeminiEditRequest {
    /// One earlier turn of the conversation: what the user sent and what the model answered.
    struct Exchange {
        var user: [UInt8]
        var modelContent: ArraySlice<UInt8>
    }

    /// A user content: the instruction, then the image when the turn carries one.
    static func userContent(text: String, image: (bytes: [UInt8], mimeType: String)?) -> [UInt8] {
        var out = Array(#"{"role":"user","parts":[{"text":"#.utf8)
        out += JSONStringWriter.encoded(text)
        out += Array("}".utf8)
        if let image {
            out += Array(#",{"inlineData":{"mimeType":"#.utf8) + JSONStringWriter.encoded(image.mimeType)
            out += Array(#","data":""#.utf8) + Array(Data(image.bytes).base64EncodedString().utf8) + Array(#""}}"#.utf8)
        }
        out += Array("]}".utf8)
        return out
    }

    static func body(history: [Exchange], next: [UInt8], aspectRatio: String?, imageSize: String?) -> [UInt8] {
        var out = Array(#"{"contents":["#.utf8)
        for exchange in history {
            out += exchange.user
            out.append(UInt8(ascii: ","))
            out += exchange.modelContent
            out.append(UInt8(ascii: ","))
        }
        out += next
        out += Array(#"],"generationConfig":{"responseModalities":["TEXT","IMAGE"]"#.utf8)
        var image: [String] = []
        if let aspectRatio { image.append(#""aspectRatio":"# + String(decoding: JSONStringWriter.encoded(aspectRatio), as: UTF8.self)) }
        if let imageSize { image.append(#""imageSize":"# + String(decoding: JSONStringWriter.encoded(imageSize), as: UTF8.self)) }
        if !image.isEmpty { out += Array((#","imageConfig":{"# + image.joined(separator: ",") + "}").utf8) }
        out += Array("}}".utf8)
        return out
    }

    /// `candidates[0].content` of a saved answer, as its bytes.
    static func modelContent(ofAnswer answer: [UInt8]) -> ArraySlice<UInt8>? {
        JSONSpan.range(of: [.key("candidates"), .index(0), .key("content")], in: answer).map { answer[$0] }
    }

    /// Parts of a model content that carry an image but no `thoughtSignature` (non-thought ones):
    /// the service refuses such history, so the session says so before the next turn is paid for.
    static func unsignedImageParts(in content: ArraySlice<UInt8>) -> [Int] {
        guard let parts = (try? JSONDecoder().decode(ModelContent.self, from: Data(content)))?.parts else { return [] }
        return parts.enumerated().compactMap { index, part in
            part.inlineData != nil && part.thought != true && part.thoughtSignature == nil ? index : nil
        }
    }

    /// A `Content` of a Gemini answer as the REST API sends it (camelCase, reference §4.1), read
    /// only for which parts hold an image and which are signed.
    struct ModelContent: Decodable {
        struct Part: Decodable {
            /// Present or not; what it holds is not read.
            var inlineData: Ignored?
            var thought: Bool?
            var thoughtSignature: String?
        }

        struct Ignored: Decodable {}

        var parts: [Part]?
    }
}
