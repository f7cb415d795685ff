import BrandModel
import BrandYAML

/// How a nested object in a JSON or YAML feed is read: as localized text or as a structure.
///
/// Localized text is an object whose keys all look like BCP 47 tags (`ja`, `pt-BR`, and the
/// malformed `en_US`, which is then reported) and whose values are all text, under a key that may
/// hold copy: `title`, `description`, or a key that is no product field (a copy role such as
/// `headline`). Anything else is a structure: `priceInfo: {price, currencyCode}`,
/// `brand: {name}`, schema.org `offers`, `{uri, height, width}`; so `{price: 12, currency: EUR}`
/// is never taken for copy in the languages "price" and "currency".
enum NestedObject {
    enum Kind { case localized, structure }

    /// Keys whose value is a price, and keys that give a sibling price its currency.
    static let priceKeys: Set<String> = ["price", "lowPrice", "highPrice", "originalPrice", "salePrice", "amount", "value"]
    static let currencyKeys = ["currencyCode", "priceCurrency", "currency"]

    static func kind(of object: YAMLMapping, under meaning: ColumnMeaning) -> Kind {
        switch meaning {
        case .field(.title), .field(.description), .unknown: break
        default: return .structure
        }
        let allLocalized = !object.isEmpty && object.allSatisfy { pair in
            guard let key = pair.key.scalar?.text, looksLikeLanguageTag(key) else { return false }
            return pair.value.scalar != nil || pair.value.sequence?.allSatisfy { $0.scalar != nil } == true
        }
        return allLocalized ? .localized : .structure
    }

    /// A primary language subtag of two or three ASCII letters, then `-` or `_` subtags.
    static func looksLikeLanguageTag(_ key: String) -> Bool {
        let primary = key.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        return (2...3).contains(primary.count) && primary.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// The currency key of an object that also has a price key, and its code.
    static func currency(in object: YAMLMapping) -> (key: String, code: String)? {
        let keys = object.compactMap { $0.key.scalar?.text }
        guard keys.contains(where: priceKeys.contains) else { return nil }
        for pair in object {
            guard let key = pair.key.scalar?.text, currencyKeys.contains(key),
                let code = pair.value.scalar?.text.trimmingWhitespace, !code.isEmpty
            else { continue }
            return (key, code)
        }
        return nil
    }
}
