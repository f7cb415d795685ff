import Foundation
public import BrandAssembly

/// Writes Gemini Batch API lines for a stream of prompts, byte-identical to
/// `GeminiBatchLowering.line(_:)`, without re-encoding what every request of a feed shares.
///
/// With a large guide almost all of a line is the same system instruction (about 97 % at 50,000
/// tokens), and the reference images repeat too (the logo always; product photos often). Encoding
/// the whole request with `JSONEncoder` per product costs time proportional to the whole line; this
/// encoder serializes each shared part once, with the same encoder and options `CanonicalJSON` uses,
/// and splices them around the product's own fields in sorted-key order. Only the key and the
/// rendered prompt are encoded per product.
public struct GeminiBatchLineEncoder {
    /// One batch line in pieces (shared fragments are not copied into each line: the writer hands
    /// the pieces to `writev`), and how many of its bytes are the `request` (a lone request body).
    public struct Line {
        public var pieces: [[UInt8]]
        public var requestByteCount: Int

        /// The whole line as one array.
        public var bytes: [UInt8] { Array(pieces.joined()) }
    }

    private let encoder: JSONEncoder
    private var systemInstruction = RecentFragments<SameText>(capacity: 1)
    private var images = RecentFragments<ImageKey>(capacity: 8)
    private var generationConfig = RecentFragments<GeminiRequest.GenerationConfig>(capacity: 1)
    private var safetySettings = RecentFragments<[GeminiRequest.SafetySetting]>(capacity: 1)
    private var tools = RecentFragments<[GeminiRequest.Tool]>(capacity: 1)

    public init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// The compact JSON line for `prompt`, newline included.
    public mutating func line(_ prompt: AssembledPrompt) throws -> Line {
        var opening = Self.keyOpening
        JSONStringWriter.append(GeminiBatchLowering.key(for: prompt), to: &opening)
        opening += Self.requestOpening
        let request = try requestFragments(prompt)
        return Line(pieces: [opening] + request + [Self.lineClosing], requestByteCount: request.reduce(0) { $0 + $1.count })
    }

    /// The request's JSON in pieces, keys in sorted order: contents, generationConfig,
    /// safetySettings, systemInstruction, tools (absent optionals left out, as `JSONEncoder` does).
    private mutating func requestFragments(_ prompt: AssembledPrompt) throws -> [[UInt8]] {
        let encoder = encoder
        var text = Array(#"{"contents":[{"parts":[{"text":"#.utf8)
        JSONStringWriter.append(prompt.prompt, to: &text)
        text.append(0x7D)
        var pieces = [text]
        for image in prompt.references { pieces += [[0x2C], try imagePart(image)] }
        pieces.append(Array(#"],"role":"user"}],"generationConfig":"#.utf8))
        let config = GeminiLowering.generationConfig(prompt)
        pieces.append(try generationConfig.fragment(for: config) { try Self.encode(config, with: encoder) })
        if let safety = GeminiLowering.safetySettings(prompt) {
            pieces += [Array(#","safetySettings":"#.utf8), try safetySettings.fragment(for: safety) { try Self.encode(safety, with: encoder) }]
        }
        pieces += [Array(#","systemInstruction":"#.utf8), try systemInstruction.fragment(for: SameText(prompt.systemInstruction)) {
            Array(#"{"parts":[{"text":"#.utf8) + (try Self.encode(prompt.systemInstruction, with: encoder)) + Array("}]}".utf8)
        }]
        if let grounding = GeminiLowering.tools(prompt) {
            pieces += [Array(#","tools":"#.utf8), try tools.fragment(for: grounding) { try Self.encode(grounding, with: encoder) }]
        }
        pieces.append([0x7D])
        return pieces
    }

    /// `{"inlineData":{"data":"…","mimeType":"…"}}`. Base64 needs no escaping (slashes stay as they are).
    private mutating func imagePart(_ image: ReferenceImage) throws -> [UInt8] {
        let mimeType = image.format.mimeType
        let encoder = encoder
        let key = ImageKey(mimeType: mimeType, bytes: image.bytes)
        return try images.fragment(for: key) {
            Array(#"{"inlineData":{"data":""#.utf8) + Array(Data(image.bytes).base64EncodedString().utf8)
                + Array(#"","mimeType":"#.utf8) + (try Self.encode(mimeType, with: encoder)) + Array("}}".utf8)
        }
    }

    /// Static, so the caches' closures can encode while the cache itself is being modified.
    private static func encode<T: Encodable>(_ value: T, with encoder: JSONEncoder) throws -> [UInt8] {
        Array(try encoder.encode(value))
    }

    private struct ImageKey: Equatable {
        var mimeType: String
        var bytes: [UInt8]

        static func == (a: ImageKey, b: ImageKey) -> Bool {
            a.mimeType == b.mimeType && a.bytes.withUnsafeBytes { x in b.bytes.withUnsafeBytes { y in SameText.equal(x, y) } }
        }
    }

    private static let keyOpening = Array(#"{"key":"#.utf8)
    private static let requestOpening = Array(#","request":"#.utf8)
    private static let lineClosing: [UInt8] = [0x7D, 0x0A]
}
