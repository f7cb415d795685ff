import Testing

/// The ways each rule example is rewritten and run again, after SwiftLint's and swift-format's
/// metamorphic examples: a finding must stay on the same logical spot, its place moving only as
/// the rewrite moves the text before it.
enum ExampleVariant: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case asWritten
    /// Every LF becomes CR LF: lines and columns stay, byte offsets grow by one per line above.
    case crlf
    /// A UTF-8 byte order mark before each file: byte offsets grow by three, lines and columns stay.
    case byteOrderMark
    /// A comment line in Japanese above each file's content (inside a template's front matter):
    /// one more line above, and byte offsets grow by its UTF-8 length, not its length in scalars.
    case japanesePrefixLine

    var testDescription: String { rawValue }

    static let japaneseComment = "# 日本語のコメント、お茶の話。"

    func apply(file: String, text: String) -> String {
        switch self {
        case .asWritten:
            return text
        case .crlf:
            var rewritten = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar == "\n" { rewritten.append("\r") }
                rewritten.append(scalar)
            }
            return String(rewritten)
        case .byteOrderMark:
            return "\u{FEFF}" + text
        case .japanesePrefixLine:
            if file == MarkedExample.template, text.hasPrefix("---\n") {
                return "---\n" + Self.japaneseComment + "\n" + text.dropFirst(4)
            }
            if file == MarkedExample.template { return "{{! 日本語のコメント、お茶の話。 }}\n" + text }
            return Self.japaneseComment + "\n" + text
        }
    }
}
