/// Merchant Center's `15.00 USD` or Shopify's `15.00`: digits, an optional decimal part, an optional ISO 4217 code.
enum PriceFormat {
    static func isValid(_ text: String) -> Bool {
        var rest = Substring(text)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return false }
        rest = rest.dropFirst(digits.count)
        if let mark = rest.first, mark == "." || mark == "," {
            let fraction = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard (1...4).contains(fraction.count) else { return false }
            rest = rest.dropFirst(1 + fraction.count)
        }
        rest = rest.drop { $0 == " " }
        return rest.isEmpty || (rest.count == 3 && rest.allSatisfy { $0.isASCII && $0.isUppercase })
    }
}
