/// Escaping for GitHub Actions workflow commands, as `@actions/core` (`command.ts`) does it.
///
/// The message (data) escapes `%`, CR and LF; a property value additionally escapes `:` and `,`, which
/// would otherwise end the value. `%` goes first so the escapes themselves are not escaped again.
/// Empty property values are dropped, as the toolkit drops them.
enum WorkflowCommandEscaping {
    static func escapeData(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    static func escapeProperty(_ text: String) -> String {
        var escaped = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": escaped += "%3A"
            case ",": escaped += "%2C"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// `::name key=value,key=value::message`, or `::name::message` without properties.
    static func command(_ name: String, properties: [(String, String)], message: String) -> String {
        let rendered = properties.filter { !$0.1.isEmpty }.map { $0.0 + "=" + escapeProperty($0.1) }
        let head = rendered.isEmpty ? name : name + " " + rendered.joined(separator: ",")
        return "::" + head + "::" + escapeData(message)
    }
}
