public import BrandDiagnostics
import Foundation
import BrandYAML

/// What a template asks of the model beyond the prompt: outputs, thinking, grounding, safety and
/// provider-specific image options. Each keeps its location, so a target that cannot honour it is
/// reported at the line that asked.
public struct RequestOptions: Sendable {
    /// `text`, `image`, and (never satisfiable by an image model, but reported clearly) `audio`, `video`.
    public var outputs: [Located<String>] = []
    /// `minimal` or `high`.
    public var thinking: Located<String>?
    public var webSearch: Located<Bool>?
    public var imageSearch: Located<Bool>?
    /// Gemini safety settings: category (`HARM_CATEGORY_…`) and threshold (`BLOCK_…`), as written.
    public var safety: [(category: Located<String>, threshold: Located<String>)] = []
    /// OpenAI Images: `low` | `medium` | `high` | `auto`.
    public var quality: Located<String>?
    /// OpenAI Images: `transparent` | `opaque` | `auto`.
    public var background: Located<String>?
    /// OpenAI Images: `png` | `jpeg` | `webp`.
    public var outputFormat: Located<String>?
    /// OpenAI Images edits: `high` | `low`.
    public var inputFidelity: Located<String>?
    /// Live / streaming interaction, which no image model offers.
    public var streaming: Located<Bool>?
    /// Tools such as `function-calling`, which image requests cannot use.
    public var tools: [Located<String>] = []

    public init() {}

    static let keys = [
        "response", "thinking", "grounding", "safety", "quality", "background", "output-format", "input-fidelity",
        "streaming", "tools",
    ]

    static let safetyCategories = [
        "HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_SEXUALLY_EXPLICIT",
        "HARM_CATEGORY_DANGEROUS_CONTENT", "HARM_CATEGORY_CIVIC_INTEGRITY",
    ]
    static let safetyThresholds = [
        "BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE", "OFF",
    ]

    /// Reads the option keys of a template's front matter.
    mutating func read(_ fields: Fields, _ reader: inout NodeReader) {
        if let node = fields["response"] {
            outputs = reader.stringList(node, "'response'").compactMap { item in
                guard ["text", "image", "audio", "video"].contains(item.value) else {
                    reader.diagnostics.report(
                        .badValue, "'\(item.value)' is not a response kind; expected text or image", at: item.location)
                    return nil
                }
                return item
            }
        }
        thinking = fields["thinking"].flatMap { reader.choice($0, "thinking level", allowed: ["minimal", "high"]) }
        if let node = fields["grounding"],
            let grounding = reader.fields(of: node, in: "'grounding'", known: ["web", "image-search"])
        {
            webSearch = grounding["web"].flatMap { reader.bool($0, "'grounding.web'") }
            imageSearch = grounding["image-search"].flatMap { reader.bool($0, "'grounding.image-search'") }
        }
        if let node = fields["safety"] {
            safety = reader.entries(node, "'safety'").compactMap { key, value in
                let category = "HARM_CATEGORY_" + key.value.uppercased().replacingOccurrences(of: "-", with: "_")
                guard Self.safetyCategories.contains(category) else {
                    let names = Self.safetyCategories.map { $0.dropFirst("HARM_CATEGORY_".count).lowercased().replacingOccurrences(of: "_", with: "-") }
                    reader.diagnostics.report(
                        .badValue, "'\(key.value)' is not a safety category; expected one of \(names.joined(separator: ", "))",
                        at: key.location)
                    return nil
                }
                guard let threshold = reader.string(value, "the safety threshold") else { return nil }
                let wire = threshold.value == "off" ? "OFF"
                    : threshold.value.uppercased().replacingOccurrences(of: "-", with: "_")
                guard Self.safetyThresholds.contains(wire) else {
                    reader.diagnostics.report(
                        .badValue, "'\(threshold.value)' is not a safety threshold; expected block-low-and-above, block-medium-and-above, block-only-high, block-none or off",
                        at: threshold.location)
                    return nil
                }
                return (Located(category, at: key.location), Located(wire, at: threshold.location))
            }
        }
        quality = fields["quality"].flatMap { reader.choice($0, "quality", allowed: ["low", "medium", "high", "auto"]) }
        background = fields["background"].flatMap { reader.choice($0, "background", allowed: ["transparent", "opaque", "auto"]) }
        outputFormat = fields["output-format"].flatMap { reader.choice($0, "output format", allowed: ["png", "jpeg", "webp"]) }
        inputFidelity = fields["input-fidelity"].flatMap { reader.choice($0, "input fidelity", allowed: ["high", "low"]) }
        streaming = fields["streaming"].flatMap { reader.bool($0, "'streaming'") }
        tools = fields["tools"].map { reader.stringList($0, "'tools'") } ?? []
    }
}
