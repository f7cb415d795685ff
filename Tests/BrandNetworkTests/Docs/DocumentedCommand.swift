import Foundation

/// A `brandc …` command as the README or a page under docs/ shows it in a code block: continuation
/// lines joined, a leading `$ ` and the trailing `# comment` dropped, and where it was written.
struct DocumentedCommand: CustomStringConvertible, Sendable {
    var file: String
    var line: Int
    var text: String

    var description: String { "\(file):\(line): \(text)" }

    /// The command as it runs: `...` stands for the inputs of the README's first compile (its brand
    /// and template, and its product and locale unless the command names a feed), as the README
    /// says; `--brand …` and `--template …` (docs/) for that brand and template.
    var expanded: String {
        var text = text
        if text.contains(" ... ") {
            var inputs = "--brand \(Self.brand) --template \(Self.template)"
            if !text.contains("--feed") { inputs += " --product products/kumo/sencha-tin.yaml --locale ja" }
            text = text.replacingOccurrences(of: " ... ", with: " \(inputs) ")
        }
        return text.replacingOccurrences(of: "--brand …", with: "--brand \(Self.brand)")
            .replacingOccurrences(of: "--template …", with: "--template \(Self.template)")
    }

    static let brand = "brands/kumo/brand.yaml"
    static let template = "templates/campaign-hero.mustache"

    /// Every command in the fenced code blocks of `markdown`, in order.
    static func all(in markdown: String, file: String) -> [DocumentedCommand] {
        var commands: [DocumentedCommand] = []
        var inBlock = false
        var pending: (line: Int, text: String)?
        for (index, raw) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("```") {
                inBlock.toggle()
                pending = nil
                continue
            }
            guard inBlock else { continue }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            var joined = pending.map { $0.text + " " + trimmed } ?? trimmed
            let start = pending?.line ?? index + 1
            if joined.hasSuffix("\\") {
                joined.removeLast()
                pending = (start, joined.trimmingCharacters(in: .whitespaces))
                continue
            }
            pending = nil
            if joined.hasPrefix("$ ") { joined.removeFirst(2) }
            guard joined.hasPrefix("brandc ") else { continue }
            commands.append(DocumentedCommand(file: file, line: start, text: withoutComment(joined)))
        }
        return commands
    }

    /// The command without its trailing `# …` remark (a `#` after whitespace, outside quotes).
    static func withoutComment(_ text: String) -> String {
        var quote: Character?
        var previous: Character = " "
        for (offset, character) in text.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous == " " {
                return String(text.prefix(offset)).trimmingCharacters(in: .whitespaces)
            }
            previous = character
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
