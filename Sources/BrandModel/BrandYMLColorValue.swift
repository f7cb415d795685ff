import Foundation

/// A colour value as brand.yml accepts one: `#RRGGBB`, `#RGB`, `#RRGGBBAA` or `#RGBA`, the same hex
/// digits without `#`, or a CSS named colour (`white`, `rebeccapurple`). brand_yml keeps these as
/// written; brandc turns each into canonical `#RRGGBB` and says when it dropped an alpha channel.
struct BrandYMLColorValue: Equatable {
    let hex: String
    /// The alpha digits that were dropped (`80` of `#0A5CFF80`), if any.
    let droppedAlpha: String?

    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let named = CSSColorNames.hex[trimmed.lowercased()] {
            self.hex = named
            self.droppedAlpha = nil
            return
        }
        let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        guard [3, 4, 6, 8].contains(digits.count), digits.allSatisfy(\.isHexDigit) else { return nil }
        let short = digits.count <= 4
        let full = short ? digits.map { "\($0)\($0)" }.joined() : digits
        self.hex = "#" + full.prefix(6).uppercased()
        let alpha = full.dropFirst(6)
        self.droppedAlpha = alpha.isEmpty ? nil : String(short ? digits.suffix(1) : alpha)
    }
}
