import Foundation

/// A small JSON schema for the documented request shapes: only known fields, right types, right
/// enum values (from ../shared/reference/api-surface.md), so an emitted field the API does not
/// know fails a test instead of a live request.
indirect enum RequestSchema: Sendable {
    case object([String: RequestSchema], required: Set<String> = [])
    case array(RequestSchema, minCount: Int = 0)
    case string(oneOf: [String]? = nil, prefix: String? = nil)
    case integer(ClosedRange<Int>)
    case boolean
    /// An object with exactly one of these fields.
    case oneOf([String: RequestSchema])

    /// Problems with `value`, each with its JSON path.
    func problems(_ value: Any, at path: String = "$") -> [String] {
        switch self {
        case .object(let fields, let required):
            guard let object = value as? [String: Any] else { return ["\(path): expected an object"] }
            var found = object.keys.filter { fields[$0] == nil }.sorted().map { "\(path).\($0): unknown field" }
            found += required.subtracting(object.keys).sorted().map { "\(path).\($0): missing" }
            for (key, schema) in fields.sorted(by: { $0.key < $1.key }) {
                if let child = object[key] { found += schema.problems(child, at: "\(path).\(key)") }
            }
            return found
        case .oneOf(let fields):
            guard let object = value as? [String: Any], object.count == 1, let (key, child) = object.first,
                let schema = fields[key]
            else { return ["\(path): expected exactly one of \(fields.keys.sorted())"] }
            return schema.problems(child, at: "\(path).\(key)")
        case .array(let item, let minCount):
            guard let array = value as? [Any] else { return ["\(path): expected an array"] }
            let count = array.count < minCount ? ["\(path): fewer than \(minCount) items"] : []
            return count + array.enumerated().flatMap { item.problems($1, at: "\(path)[\($0)]") }
        case .string(let allowed, let prefix):
            guard let string = value as? String else { return ["\(path): expected a string"] }
            if let allowed, !allowed.contains(string) { return ["\(path): '\(string)' not in \(allowed)"] }
            if let prefix, !string.hasPrefix(prefix) { return ["\(path): does not start with \(prefix)"] }
            return []
        case .integer(let range):
            guard let number = value as? Int, range.contains(number) else {
                return ["\(path): expected an integer in \(range)"]
            }
            return []
        case .boolean:
            return value is Bool ? [] : ["\(path): expected a boolean"]
        }
    }
}

extension RequestSchema {
    static let geminiContent = RequestSchema.object([
        "role": .string(oneOf: ["user", "model"]),
        "parts": .array(.oneOf([
            "text": .string(),
            "inlineData": .object(
                ["mimeType": .string(oneOf: ["image/png", "image/jpeg", "image/webp", "image/heic", "image/heif"]),
                 "data": .string()],
                required: ["mimeType", "data"]),
        ]), minCount: 1),
    ], required: ["parts"])

    /// `generateContent` (api-surface §3).
    static let gemini = RequestSchema.object([
        "systemInstruction": geminiContent,
        "contents": .array(geminiContent, minCount: 1),
        "tools": .array(.object(["googleSearch": .object([
            "searchTypes": .object(["webSearch": .object([:]), "imageSearch": .object([:])]),
        ])])),
        "safetySettings": .array(.object([
            "category": .string(oneOf: [
                "HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_SEXUALLY_EXPLICIT",
                "HARM_CATEGORY_DANGEROUS_CONTENT", "HARM_CATEGORY_CIVIC_INTEGRITY",
            ]),
            "threshold": .string(oneOf: [
                "BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE", "OFF",
            ]),
        ], required: ["category", "threshold"])),
        "generationConfig": .object([
            "responseModalities": .array(.string(oneOf: ["TEXT", "IMAGE"]), minCount: 1),
            "imageConfig": .object([
                "aspectRatio": .string(oneOf: [
                    "1:1", "1:4", "1:8", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "8:1", "9:16", "16:9", "21:9",
                ]),
                "imageSize": .string(oneOf: ["512", "1K", "2K", "4K"]),
            ]),
            "thinkingConfig": .object(
                ["thinkingLevel": .string(oneOf: ["MINIMAL", "HIGH"]), "includeThoughts": .boolean],
                required: ["thinkingLevel"]),
        ]),
    ], required: ["contents"])

    /// `/v1/images/generations` and the JSON form of `/v1/images/edits` (api-surface §8).
    static let openAIImages = RequestSchema.object([
        "model": .string(oneOf: ["gpt-image-1.5"]),
        "prompt": .string(),
        "n": .integer(1...10),
        "size": .string(oneOf: ["auto", "1024x1024", "1536x1024", "1024x1536"]),
        "quality": .string(oneOf: ["low", "medium", "high", "auto"]),
        "background": .string(oneOf: ["transparent", "opaque", "auto"]),
        "output_format": .string(oneOf: ["png", "jpeg", "webp"]),
        "output_compression": .integer(0...100),
        "input_fidelity": .string(oneOf: ["high", "low"]),
        "moderation": .string(oneOf: ["low", "auto"]),
        "images": .array(.object(["image_url": .string(prefix: "data:image/")], required: ["image_url"]), minCount: 1),
    ], required: ["model", "prompt"])
}
