import Foundation
public import BrandAssembly

/// Text blocks as `brandc inspect --template` prints them: readable, or as JSON lines.
public enum TextBlockReport {
    public static func text(_ prompts: [AssembledPrompt]) -> String {
        var out = ""
        for prompt in prompts {
            out += "== \(prompt.key)" + (prompt.locale.map { " [\($0)]" } ?? "") + "\n"
            if prompt.textBlocks.isEmpty { out += "(no text blocks)\n" }
            for (index, block) in prompt.textBlocks.enumerated() {
                let start = block.source.start.map { ":\($0.line):\($0.column)" } ?? ""
                out += "-- from \(block.source.file)\(start): \(block.length.characters) characters, "
                    + "\(block.length.columns) columns\(block.isMixedDirection ? ", mixed direction" : "")\n"
                out += block.rendered(number: index + 1) + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// One JSON object per text block per line, keys sorted.
    public static func jsonLines(_ prompts: [AssembledPrompt]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for prompt in prompts {
            for (index, block) in prompt.textBlocks.enumerated() {
                let entry = Entry(
                    key: prompt.key, role: block.role, text: block.text, language: block.language, script: block.script,
                    direction: block.direction.rawValue, font: block.font, placement: block.placement,
                    layout: block.layout, characters: block.length.characters, columns: block.length.columns,
                    mixedDirection: block.isMixedDirection, file: block.source.file,
                    line: block.source.start?.line, column: block.source.start?.column,
                    block: block.rendered(number: index + 1))
                if let data = try? encoder.encode(entry) { out += String(decoding: data, as: UTF8.self) + "\n" }
            }
        }
        return out
    }

    struct Entry: Encodable {
        var key, role, text, language, script, direction: String
        var font, placement, layout: String?
        var characters, columns: Int
        var mixedDirection: Bool
        var file: String
        var line, column: Int?
        var block: String
    }
}
