import Foundation
import BrandText

/// A part of `GeminiRequest` that writes itself as compact JSON, keys in sorted order, absent
/// optionals left out. `GeminiRequestWriter` puts them together and caches the shared ones.
protocol GeminiJSONValue {
    func writeJSON(to out: inout [UInt8])
}

/// Writes `{"a":…,"b":…}` from the members that are present, in the order given (sorted by the caller).
private struct JSONObjectWriter {
    private var first = true

    mutating func member(_ key: StaticString, to out: inout [UInt8], _ value: (inout [UInt8]) -> Void) {
        out.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
        first = false
        out.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        value(&out)
    }

    mutating func string(_ key: StaticString, _ value: String?, to out: inout [UInt8]) {
        guard let value else { return }
        member(key, to: &out) { JSONStringWriter.append(value, to: &$0) }
    }

    func close(_ out: inout [UInt8]) {
        if first { out.append(UInt8(ascii: "{")) }
        out.append(UInt8(ascii: "}"))
    }
}

private func writeArray<T: GeminiJSONValue>(_ values: [T], to out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        value.writeJSON(to: &out)
    }
    out.append(UInt8(ascii: "]"))
}

extension String: GeminiJSONValue {
    func writeJSON(to out: inout [UInt8]) { JSONStringWriter.append(self, to: &out) }
}

extension Array: GeminiJSONValue where Element: GeminiJSONValue {
    func writeJSON(to out: inout [UInt8]) { writeArray(self, to: &out) }
}

extension GeminiRequest.Content: GeminiJSONValue {
    func writeJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter()
        object.member("parts", to: &out) { parts.writeJSON(to: &$0) }
        object.string("role", role, to: &out)
        object.close(&out)
    }
}

extension GeminiRequest.Part: GeminiJSONValue {
    func writeJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter()
        if let inlineData { object.member("inlineData", to: &out) { inlineData.writeJSON(to: &$0) } }
        object.string("text", text, to: &out)
        object.close(&out)
    }
}

extension GeminiRequest.InlineData: GeminiJSONValue {
    /// Base64 needs no escaping (its `/` stays as it is, as `CanonicalJSON` leaves slashes).
    func writeJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter()
        object.member("data", to: &out) { out in
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: Data(bytes).base64EncodedData())
            out.append(UInt8(ascii: "\""))
        }
        object.string("mimeType", mimeType, to: &out)
        object.close(&out)
    }
}

extension GeminiRequest.GenerationConfig: GeminiJSONValue {
    func writeJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter()
        if let imageConfig { object.member("imageConfig", to: &out) { imageConfig.writeJSON(to: &$0) } }
        object.member("responseModalities", to: &out) { responseModalities.writeJSON(to: &$0) }
        if let thinkingConfig { object.member("thinkingConfig", to: &out) { thinkingConfig.writeJSON(to: &$0) } }
        object.close(&out)
    }
}

extension GeminiRequest.ImageConfig: GeminiJSONValue {
    func writeJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter()
        object.string("aspectRatio", aspectRatio, to: &out)
        object.string("imageSize", imageSize, to: &out)
        object.close(&out)
    }
}

extension GeminiRequest.ThinkingConfig: GeminiJSONValue {
    func writeJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter()
        object.string("thinkingLevel", thinkingLevel, to: &out)
        object.close(&out)
    }
}

extension GeminiRequest.Tool: GeminiJSONValue {
    func writeJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter()
        object.member("googleSearch", to: &out) { googleSearch.writeJSON(to: &$0) }
        object.close(&out)
    }
}

extension GeminiRequest.GoogleSearch: GeminiJSONValue {
    func writeJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter()
        if let searchTypes { object.member("searchTypes", to: &out) { searchTypes.writeJSON(to: &$0) } }
        object.close(&out)
    }
}

extension GeminiRequest.SearchTypes: GeminiJSONValue {
    func writeJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter()
        if imageSearch { object.member("imageSearch", to: &out) { $0 += Array("{}".utf8) } }
        if webSearch { object.member("webSearch", to: &out) { $0 += Array("{}".utf8) } }
        object.close(&out)
    }
}

extension GeminiRequest.SafetySetting: GeminiJSONValue {
    func writeJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter()
        object.string("category", category, to: &out)
        object.string("threshold", threshold, to: &out)
        object.close(&out)
    }
}
