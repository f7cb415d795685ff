import Foundation
import BrandText

/// The one encoder of `GeminiRequest`: compact JSON with keys in sorted order and absent optionals
/// left out — byte for byte what `CanonicalJSON` (`JSONEncoder`, sorted keys, unescaped slashes)
/// writes for the same request, which the tests keep as the oracle.
///
/// Single requests and Batch API lines go through it alike. With a large guide almost all of a
/// line is the same system instruction (about 97 % at 50,000 tokens), and the reference images
/// repeat too (the logo always, product photos often): the writer serializes each such part once
/// and hands the same bytes out again while it repeats, so a feed pays per product for its prompt
/// text and little else.
public struct GeminiRequestWriter {
    private var systemInstruction = RecentFragments<ContentKey>(capacity: 1)
    private var images = RecentFragments<ImageKey>(capacity: 8)
    private var generationConfig = RecentFragments<GeminiRequest.GenerationConfig>(capacity: 1)
    private var safetySettings = RecentFragments<[GeminiRequest.SafetySetting]>(capacity: 1)
    private var tools = RecentFragments<[GeminiRequest.Tool]>(capacity: 1)

    public init() {}

    /// The request's JSON in pieces: shared fragments are not copied (a writer hands the pieces to `writev`).
    public mutating func pieces(_ request: GeminiRequest) -> [[UInt8]] {
        var out = JSONPieces()
        out.append(#"{"contents":["#)
        for (index, content) in request.contents.enumerated() {
            if index > 0 { out.append(",") }
            write(content, to: &out)
        }
        out.append(#"],"generationConfig":"#)
        out.splice(generationConfig.fragment(for: request.generationConfig) { Self.encoded(request.generationConfig) })
        if let safety = request.safetySettings {
            out.append(#","safetySettings":"#)
            out.splice(safetySettings.fragment(for: safety) { Self.encoded(safety) })
        }
        if let system = request.systemInstruction {
            out.append(#","systemInstruction":"#)
            out.splice(systemInstruction.fragment(for: ContentKey(content: system)) { Self.encoded(system) })
        }
        if let grounding = request.tools {
            out.append(#","tools":"#)
            out.splice(tools.fragment(for: grounding) { Self.encoded(grounding) })
        }
        out.append("}")
        return out.finish()
    }

    /// The request's JSON as one array.
    public mutating func bytes(_ request: GeminiRequest) -> [UInt8] {
        Array(pieces(request).joined())
    }

    /// `{"parts":[…],"role":…}`, each inline image from the image cache.
    private mutating func write(_ content: GeminiRequest.Content, to out: inout JSONPieces) {
        out.append(#"{"parts":["#)
        for (index, part) in content.parts.enumerated() {
            if index > 0 { out.append(",") }
            if let image = part.inlineData, part.text == nil {
                out.splice(images.fragment(for: ImageKey(image)) { Self.encoded(part) })
            } else {
                out.write { part.writeJSON(to: &$0) }
            }
        }
        out.append("]")
        if let role = content.role {
            out.append(#","role":"#)
            out.write { JSONStringWriter.append(role, to: &$0) }
        }
        out.append("}")
    }

    private static func encoded(_ value: some GeminiJSONValue) -> [UInt8] {
        var bytes: [UInt8] = []
        value.writeJSON(to: &bytes)
        return bytes
    }

    /// Contents compared by their text bytes (`SameText`), not by `String`'s canonical equivalence.
    private struct ContentKey: Equatable {
        var content: GeminiRequest.Content

        static func == (a: ContentKey, b: ContentKey) -> Bool {
            a.content.role == b.content.role && a.content.parts.count == b.content.parts.count
                && zip(a.content.parts, b.content.parts).allSatisfy { x, y in
                    x.text.map(SameText.init) == y.text.map(SameText.init)
                        && x.inlineData.map(ImageKey.init) == y.inlineData.map(ImageKey.init)
                }
        }
    }

    /// Image bytes compared with `memcmp`.
    private struct ImageKey: Equatable {
        var data: GeminiRequest.InlineData

        init(_ data: GeminiRequest.InlineData) {
            self.data = data
        }

        static func == (a: ImageKey, b: ImageKey) -> Bool {
            a.data.mimeType == b.data.mimeType
                && a.data.bytes.withUnsafeBytes { x in b.data.bytes.withUnsafeBytes { y in SameText.equal(x, y) } }
        }
    }
}

/// Compact JSON built as a list of byte arrays: small literal pieces gather in one buffer, shared
/// fragments go in whole.
struct JSONPieces {
    private var pieces: [[UInt8]] = []
    private var current: [UInt8] = []

    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { current.append(contentsOf: $0) }
    }

    mutating func write(_ body: (inout [UInt8]) -> Void) {
        body(&current)
    }

    mutating func splice(_ fragment: [UInt8]) {
        if !current.isEmpty { pieces.append(current) }
        current = []
        pieces.append(fragment)
    }

    mutating func finish() -> [[UInt8]] {
        if !current.isEmpty { pieces.append(current) }
        current = []
        return pieces
    }
}
