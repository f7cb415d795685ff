import BrandDiagnostics

/// ANSI colours for the human format, or plain text when colours are off.
struct TerminalStyle {
    let enabled: Bool

    enum Color: String {
        case red = "31"
        case yellow = "33"
        case blue = "34"
        case cyan = "36"
    }

    func paint(_ text: String, _ color: Color? = nil, bold: Bool = false) -> String {
        guard enabled, !text.isEmpty else { return text }
        let codes = [bold ? "1" : nil, color?.rawValue].compactMap { $0 }
        guard !codes.isEmpty else { return text }
        return "\u{1B}[" + codes.joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }

    func color(for severity: Severity) -> Color {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
    }
}
