import Foundation

/// Parses brand colours written as `#RGB` or `#RRGGBB` (any case) into canonical `#RRGGBB`.
public enum HexColor {
    public enum Problem: Error, Equatable, Sendable {
        case missingHash(suggestion: String)
        case malformed
    }

    public static func normalize(_ text: String) -> Result<String, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        guard digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else {
            return .failure(.malformed)
        }
        let full = digits.count == 3 ? digits.map { "\($0)\($0)" }.joined() : digits
        let canonical = "#" + full.uppercased()
        return trimmed.hasPrefix("#") ? .success(canonical) : .failure(.missingHash(suggestion: canonical))
    }
}
