import Foundation
import BrandNetwork

/// The fake provider's edit behaviour, as the real services behave (api-surface §3.9, §8.2;
/// wave2-facts §5): Gemini `generateContent` answers every turn with a caption and an image, each
/// carrying a fresh `thoughtSignature`, and checks every signed part of the history it is sent
/// strictly (Gemini API image models): a missing signature, or one it did not issue for that part
/// and model, gets the 400 INVALID_ARGUMENT the service returns. `/v1/images/edits` reads the
/// multipart body and answers with an image. It counts the turns it answered.
final class FakeEditService: Sendable {
    /// Signature -> the model and the part (its text or image data) it was issued for.
    let issued = Locked<[String: String]>([:])
    let answered = Locked(0)
    /// Multipart edits received: field name -> value (text) or byte count (files), in order.
    let editForms = Locked<[[(name: String, filename: String?, bytes: [UInt8])]]>([])

    var responder: FakeProvider.Responder { { request, _ in self.answer(request) } }

    func answer(_ request: FakeProvider.Received) -> FakeProvider.Reply {
        if request.path.hasSuffix(":generateContent") { return gemini(request) }
        if request.path.hasSuffix("/v1/images/edits") { return openAIEdit(request) }
        return .json(#"{"error":{"code":404,"message":"no such endpoint","status":"NOT_FOUND"}}"#, status: 404)
    }

    static func invalid(_ message: String) -> FakeProvider.Reply {
        .json(#"{"error":{"code":400,"message":"\#(message)","status":"INVALID_ARGUMENT"}}"#, status: 400)
    }

    func gemini(_ request: FakeProvider.Received) -> FakeProvider.Reply {
        let model = request.path.components(separatedBy: "/models/").last?.components(separatedBy: ":").first ?? ""
        guard let root = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any],
              let contents = root["contents"] as? [[String: Any]] else { return Self.invalid("Invalid JSON payload received.") }
        var images = 0
        for (c, content) in contents.enumerated() {
            let parts = content["parts"] as? [[String: Any]] ?? []
            images += parts.filter { $0["inlineData"] != nil }.count
            guard content["role"] as? String == "model" else { continue }
            for (p, part) in parts.enumerated() {
                let isImage = part["inlineData"] != nil && part["thought"] as? Bool != true
                let isLeadingText = p == 0 && part["text"] != nil
                guard isImage || isLeadingText else { continue }
                guard let signature = part["thoughtSignature"] as? String else {
                    return Self.invalid("\(isImage ? "Image" : "Text") part is missing a thought_signature in content position \(c + 1), part position \(p + 1).")
                }
                guard issued.value[signature] == model + "|" + Self.identity(of: part) else {
                    return Self.invalid("Unable to submit request because it has an invalid thought signature for content at index \(c)")
                }
            }
        }
        let turn = answered.update { count -> Int in
            count += 1
            return count
        }
        let image = TinyImages.png(size: 2 + turn, grey: UInt8(truncatingIfNeeded: 30 * turn))
        let caption = "Edited as asked (turn \(turn))."
        let captionSignature = Self.signature(turn: turn, part: 1), imageSignature = Self.signature(turn: turn, part: 2)
        let imageData = WireBodies.base64(image)
        issued.update {
            $0[captionSignature] = model + "|text:" + caption
            $0[imageSignature] = model + "|image:" + imageData
        }
        let parts = [
            #"{"text":"\#(caption)","thoughtSignature":"\#(captionSignature)"}"#,
            #"{"inlineData":{"mimeType":"image/png","data":"\#(imageData)"},"thoughtSignature":"\#(imageSignature)"}"#,
        ]
        let prompt = 40 + 1120 * images
        return .json(#"{"candidates":[{"content":{"role":"model","parts":[\#(parts.joined(separator: ","))]},"finishReason":"STOP","index":0}],"#
            + #""usageMetadata":{"promptTokenCount":\#(prompt),"candidatesTokenCount":1130,"thoughtsTokenCount":60,"totalTokenCount":\#(prompt + 1190),"#
            + #""candidatesTokensDetails":[{"modality":"TEXT","tokenCount":10},{"modality":"IMAGE","tokenCount":1120}]},"modelVersion":"\#(model)"}"#)
    }

    static func identity(of part: [String: Any]) -> String {
        if let data = (part["inlineData"] as? [String: Any])?["data"] as? String { return "image:" + data }
        return "text:" + (part["text"] as? String ?? "")
    }

    /// Opaque base64 with `+` and `/` in it, different for every part.
    static func signature(turn: Int, part: Int) -> String {
        let bytes = (0..<48).map { UInt8(truncatingIfNeeded: ($0 * 37 + turn * 101 + part * 53) ^ 0xFB) }
        return Data(bytes).base64EncodedString()
    }

    func openAIEdit(_ request: FakeProvider.Received) -> FakeProvider.Reply {
        guard let type = request.headers["content-type"], type.hasPrefix("multipart/form-data; boundary="),
              let boundary = type.components(separatedBy: "boundary=").last else {
            return .json(#"{"error":{"message":"Invalid content type","type":"invalid_request_error","param":null,"code":null}}"#, status: 400)
        }
        let form = Self.parts(request.body, boundary: boundary)
        editForms.update { $0.append(form) }
        guard form.contains(where: { $0.name == "image" || $0.name == "image[]" }), form.contains(where: { $0.name == "prompt" }) else {
            return .json(#"{"error":{"message":"image and prompt are required","type":"invalid_request_error","param":"image","code":null}}"#, status: 400)
        }
        answered.update { $0 += 1 }
        return .json(WireBodies.openAIImages(TinyImages.png(size: 4, grey: 0x40)))
    }

    /// The parts of a multipart body: name, filename, content.
    static func parts(_ body: [UInt8], boundary: String) -> [(name: String, filename: String?, bytes: [UInt8])] {
        let delimiter = Array("--\(boundary)".utf8)
        var result: [(String, String?, [UInt8])] = []
        var starts: [Int] = []
        var index = 0
        while index + delimiter.count <= body.count {
            if Array(body[index..<index + delimiter.count]) == delimiter { starts.append(index) ; index += delimiter.count } else { index += 1 }
        }
        for (a, b) in zip(starts, starts.dropFirst()) {
            let section = Array(body[(a + delimiter.count + 2)..<(b - 2)])
            guard let split = (0..<max(0, section.count - 3)).first(where: { section[$0..<$0 + 4] == [13, 10, 13, 10] }) else { continue }
            let head = String(decoding: section[..<split], as: UTF8.self)
            let name = head.components(separatedBy: "name=\"").dropFirst().first?.components(separatedBy: "\"").first ?? ""
            let filename = head.contains("filename=\"") ? head.components(separatedBy: "filename=\"").last?.components(separatedBy: "\"").first : nil
            result.append((name, filename, Array(section[(split + 4)...])))
        }
        return result
    }
}
