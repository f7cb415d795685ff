import BrandDiagnostics
import Foundation

/// Builds the lines of one human-format block: headers, gutter-prefixed source snippets and `= …` asides.
struct HumanBlockWriter {
    let context: RenderContext
    let style: TerminalStyle
    /// Digits of the largest line number the block shows.
    let gutterWidth: Int
    private(set) var output = ""

    init(context: RenderContext, style: TerminalStyle, gutterWidth: Int) {
        self.context = context
        self.style = style
        self.gutterWidth = gutterWidth
    }

    /// `path:line:col: label: message`; continuation lines of the message are indented.
    mutating func header(at location: SourceLocation?, label: String, color: TerminalStyle.Color, message: String) {
        var line = ""
        if let location { line += style.paint(HumanBlockWriter.describe(location) + ":", bold: true) + " " }
        line += style.paint(label + ":", color, bold: true) + " " + style.paint(indented(message), bold: true)
        append(line)
    }

    /// `   = label: message`, for notes without a location and for fix-its.
    mutating func aside(label: String, message: String) {
        append(String(repeating: " ", count: gutterWidth + 2) + style.paint("=", .blue, bold: true) + " "
            + style.paint(label + ":", bold: true) + " " + indented(message))
    }

    /// The source line of `location` with a marker under its range, if the file and line are known.
    mutating func snippet(at location: SourceLocation?, color: TerminalStyle.Color) {
        guard let location, let range = location.range, let file = context.sourceLines(location.file),
            let line = DisplayLine(file: file, line: range.start.line)
        else { return }
        let end = range.end.line == range.start.line ? range.end.column - 1 : nil
        let snippet = SourceSnippet(
            line: line, start: range.start.column - 1, end: end,
            maxWidth: context.options.maxSourceLineWidth, columnWidth: context.options.columnWidth)
        let number = String(range.start.line)
        let numbered = String(repeating: " ", count: gutterWidth - number.count + 1) + number + " |"
        append(style.paint(numbered, .blue, bold: true) + (snippet.text.isEmpty ? "" : " " + snippet.text))
        let blank = String(repeating: " ", count: gutterWidth + 2) + "|"
        append(style.paint(blank, .blue, bold: true) + " " + snippet.markerIndent
            + style.paint(snippet.marks, color, bold: true))
    }

    /// `path:line:col`, or `path` for a location without a range.
    static func describe(_ location: SourceLocation) -> String {
        guard let start = location.start else { return location.file }
        return "\(location.file):\(start.line):\(start.column)"
    }

    private func indented(_ message: String) -> String {
        message.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: gutterWidth + 4))
    }

    private mutating func append(_ line: String) {
        output += line + "\n"
    }
}
