internal import BrandDiagnostics
internal import CLibYAML

extension StreamBuilder {
    /// Turns libyaml's error state into a diagnostic: its `problem` is the message at `problem_mark`,
    /// its `context` ("while parsing a flow sequence") a note at `context_mark`.
    mutating func reportLibYAMLError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "libyaml could not read the file"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            report(.yamlSyntax, "libyaml ran out of memory", at: nil)
        case YAML_READER_ERROR:
            // Reader errors carry a raw byte offset instead of a mark.
            let at = converter.position(atByteOffset: parser.problem_offset)
            var message = problem
            if parser.problem_value >= 0, problem.contains("control character") {
                message = "control character U+\(hex(parser.problem_value)) is not allowed in YAML"
            }
            report(.yamlSyntax, message, at: SourceRange(at: at))
        default:
            let at = position(parser.problem_mark)
            var notes: [DiagnosticNote] = []
            if let context = parser.context.map({ String(cString: $0) }) {
                let contextAt = position(parser.context_mark)
                notes.append(DiagnosticNote(context, at: location(SourceRange(at: contextAt))))
            }
            if isTab(at: at.offset), SeparationTab.isSeparation(at: at.offset, in: source) {
                // libyaml refuses a tab after `- `, `? ` or `: ` though YAML allows it there; the
                // loader turns it into a space and reads the file again (see `SeparationTab`).
                separationTab = at.offset
                report(.yamlSyntax, problem, at: SourceRange(at: at), notes: notes)
            } else if isTab(at: at.offset) || problem.contains("tab") {
                report(
                    .yamlTabIndentation,
                    "a tab character cannot indent YAML; tabs may only separate a value from '-', '?' or ':' (\(problem))",
                    at: SourceRange(at: at), notes: notes, fix: FixSuggestion("indent with spaces instead of tabs"))
            } else {
                report(.yamlSyntax, problem, at: SourceRange(at: at), notes: notes)
            }
        }
    }

    private func isTab(at offset: Int) -> Bool {
        offset < source.count && source[offset] == 0x09
    }

    private func hex(_ value: Int32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
