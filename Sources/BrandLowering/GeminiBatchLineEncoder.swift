public import BrandAssembly
import BrandText

/// Writes Gemini Batch API lines, `{"key":…,"request":GenerateContentRequest}` (reference §7.2),
/// for a stream of prompts. The request comes from the one `GeminiRequestWriter`, kept across
/// lines so that what the prompts share is serialized once; only the key is added here.
public struct GeminiBatchLineEncoder {
    /// One batch line in pieces (shared fragments are not copied into each line: the writer hands
    /// the pieces to `writev`), and how many of its bytes are the `request` (a lone request body).
    public struct Line {
        public var pieces: [[UInt8]]
        public var requestByteCount: Int

        /// The whole line as one array.
        public var bytes: [UInt8] { Array(pieces.joined()) }
    }

    private var writer = GeminiRequestWriter()

    public init() {}

    /// The compact JSON line for `prompt`, newline included; keys in sorted order (`key`, `request`).
    public mutating func line(_ prompt: AssembledPrompt) -> Line {
        var opening = Array(#"{"key":"#.utf8)
        JSONStringWriter.append(GeminiBatchLowering.key(for: prompt), to: &opening)
        opening += Array(#","request":"#.utf8)
        let request = writer.pieces(GeminiLowering.lower(prompt))
        return Line(pieces: [opening] + request + [[0x7D, 0x0A]], requestByteCount: request.reduce(0) { $0 + $1.count })
    }
}
