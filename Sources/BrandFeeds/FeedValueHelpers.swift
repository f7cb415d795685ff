import Foundation

/// Whether a feed value holds nothing but whitespace (an empty CSV field, `"  "`).
func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

/// A value without surrounding whitespace and line breaks. Most feed values have none to trim, so
/// they are returned as they are without a trip through Foundation.
func trimmed(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
    guard first.properties.isWhitespace || last.properties.isWhitespace else { return text }
    let scalars = text.unicodeScalars
    let start = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.endIndex
    let end = scalars.lastIndex { !$0.properties.isWhitespace }.map { scalars.index(after: $0) } ?? start
    return start < end ? String(scalars[start..<end]) : ""
}
