/// The default column names of Shopify product exports and Google Merchant Center feeds, matched
/// case-insensitively after collapsing runs of spaces, `_` and `-` to one space, and dropping a `g:`
/// namespace prefix. Documented in docs/feeds.md; a `feed:` mapping adds to or overrides it.
enum ColumnAliases {
    static let table: [String: ProductField] = {
        var table: [String: ProductField] = [:]
        let fields: [(ProductField, [String])] = [
            (.id, ["id", "handle", "item id", "product id", "offer id"]),
            (.sku, ["sku", "variant sku"]),
            (.title, ["title", "name", "product name", "product title"]),
            (.description, ["description", "product description"]),
            (.descriptionHTML, ["body (html)", "body", "body html"]),
            (.brand, ["brand", "vendor"]),
            (.channel, ["channel"]),
            (.price, ["price", "variant price"]),
            (.image, ["image src", "image link", "image", "image url", "variant image"]),
            (.imageList, ["additional image link", "additional image links", "images"]),
            (.imagePosition, ["image position"]),
        ]
        for (field, names) in fields {
            for name in names { table[name] = field }
        }
        for option in 1...3 {
            table["option\(option) name"] = .optionName(option)
            table["option\(option) value"] = .optionValue(option)
        }
        let attributes: [(String, [String])] = [
            ("color", ["color", "colour"]), ("material", ["material"]), ("size", ["size"]),
            ("gender", ["gender"]), ("age_group", ["age group"]), ("pattern", ["pattern"]),
            ("product_type", ["product type", "type"]), ("product_category", ["product category"]),
            ("google_product_category", ["google product category"]), ("item_group_id", ["item group id"]),
            ("link", ["link"]), ("tags", ["tags"]), ("condition", ["condition"]),
            ("availability", ["availability"]), ("sale_price", ["sale price"]), ("gtin", ["gtin", "variant barcode"]),
            ("mpn", ["mpn"]),
        ]
        for (attribute, names) in attributes {
            for name in names { table[name] = .attribute(attribute) }
        }
        return table
    }()

    /// The form a column name is looked up in: lowercased, `g:` dropped, separators collapsed.
    static func normalized(_ name: String) -> String {
        var text = name.lowercased()
        if text.hasPrefix("g:") { text.removeFirst(2) }
        var result = ""
        var pendingSpace = false
        for character in text {
            if character == " " || character == "_" || character == "-" || character == "\t" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
