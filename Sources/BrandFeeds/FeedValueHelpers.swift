import Foundation

/// Whether a feed value holds nothing but whitespace (an empty CSV field, `"  "`).
func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
