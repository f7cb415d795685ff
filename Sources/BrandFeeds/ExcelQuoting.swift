import Foundation

/// Plain TSV (a file that does not quote its header) keeps bare `"` as text (`26" monitor`), but
/// Excel still writes a field that holds a quote or a tab quoted whole (`"26"" monitor"`).
enum ExcelQuoting {
    private static let quote = UInt8(ascii: "\"")

    /// `field` without Excel's outer quotes and with its `""` undone, when it is quoted that way;
    /// otherwise `field` itself.
    static func unwrap(_ field: String) -> String {
        guard field.utf8.count >= 2, field.utf8.first == quote, field.utf8.last == quote else { return field }
        let inner = field.dropFirst().dropLast()
        // Every quote inside must be doubled, or the outer quotes belong to the text (`"Big" sofa 26"`).
        var quotes = 0
        for character in inner {
            if character == "\"" {
                quotes += 1
            } else if quotes % 2 == 1 {
                return field
            }
        }
        guard quotes % 2 == 0 else { return field }
        return inner.replacingOccurrences(of: "\"\"", with: "\"")
    }
}
