import BrandNetwork

/// The multipart body of `POST /v1/images/edits` (api-surface §8.2, the SDK's default encoding):
/// `model`, `prompt`, the input image (`image`, or repeated `image[]` for several), an optional
/// `mask` applied to the first image, `n`, and the documented options. The boundary comes from the
/// content, so the same turn always has the same bytes (and the same journal hash on resume).
struct OpenAIEditRequest {
    struct File {
        var name: String
        var mimeType: String
        var bytes: [UInt8]
    }

    var model: String
    var prompt: String
    var images: [File]
    var mask: File?
    var options: OpenAIEditOptions

    var fields: [(String, String)] {
        var fields = [("model", model), ("prompt", prompt), ("n", "1")]
        let optional: [(String, String?)] = [
            ("size", options.size), ("quality", options.quality), ("input_fidelity", options.inputFidelity),
            ("output_format", options.outputFormat), ("background", options.background),
        ]
        for (name, value) in optional { if let value { fields.append((name, value)) } }
        return fields
    }

    var boundary: String {
        var content = Array(prompt.utf8) + Array(model.utf8)
        for file in images + (mask.map { [$0] } ?? []) { content += Array(RequestHash.sha256(file.bytes).utf8) }
        return "brandc-" + RequestHash.sha256(content).prefix(24)
    }

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    func body() -> [UInt8] {
        let boundary = self.boundary
        var out: [UInt8] = []
        func head(_ disposition: String, type: String? = nil) {
            out += Array("--\(boundary)\r\nContent-Disposition: form-data; \(disposition)\r\n".utf8)
            if let type { out += Array("Content-Type: \(type)\r\n".utf8) }
            out += Array("\r\n".utf8)
        }
        for (name, value) in fields {
            head("name=\"\(name)\"")
            out += Array(value.utf8) + Array("\r\n".utf8)
        }
        let imageField = images.count == 1 ? "image" : "image[]"
        for file in images {
            head("name=\"\(imageField)\"; filename=\"\(file.name)\"", type: file.mimeType)
            out += file.bytes + Array("\r\n".utf8)
        }
        if let mask {
            head("name=\"mask\"; filename=\"\(mask.name)\"", type: mask.mimeType)
            out += mask.bytes + Array("\r\n".utf8)
        }
        out += Array("--\(boundary)--\r\n".utf8)
        return out
    }
}
