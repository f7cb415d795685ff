public import BrandAssembly

/// One line of a Gemini Batch API input file: `{"key": …, "request": GenerateContentRequest}`
/// (api-surface §7.2). The key joins each result line back to its product.
public struct GeminiBatchLine: Codable, Sendable, Equatable {
    public var key: String
    public var request: GeminiRequest
}

public enum GeminiBatchLowering {
    /// The batch key of a request: the product id, the template and the locale, so one file can hold
    /// several templates and locales and still join back.
    public static func key(for prompt: AssembledPrompt) -> String {
        [prompt.key, prompt.templateName, prompt.locale].compactMap { $0 }.joined(separator: "/")
    }

    /// The compact JSON line, newline included: the whole line through `CanonicalJSON`. For many
    /// prompts of one guide, `GeminiBatchLineEncoder` writes the same bytes far faster.
    public static func line(_ prompt: AssembledPrompt) throws -> [UInt8] {
        var bytes = try CanonicalJSON.encode(
            GeminiBatchLine(key: key(for: prompt), request: GeminiLowering.lower(prompt)), pretty: false)
        bytes.append(0x0A)
        return bytes
    }
}
