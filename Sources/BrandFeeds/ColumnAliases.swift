import BrandModel
/// The default column names of Shopify product exports and Google Merchant Center feeds, matched
/// case-insensitively after collapsing runs of spaces, `_` and `-` to one space, and dropping a `g:`
/// namespace prefix; dotted names (`brand.name`, `priceInfo.price`) are the members of nested JSON
/// objects (see `NestedObject`). Documented in docs/feeds.md; a `feed:` mapping adds to or overrides it.
enum ColumnAliases {
    static let table: [String: ProductField] = tables.fields

    /// A default column's place in its field's list of names: when a row has several columns for
    /// one field (Retail API's `title` and its resource `name`), the earlier name wins.
    static let ranks: [String: Int] = tables.ranks

    private static let tables: (fields: [String: ProductField], ranks: [String: Int]) = {
        var table: [String: ProductField] = [:]
        var ranks: [String: Int] = [:]
        let fields: [(ProductField, [String])] = [
            (.id, ["id", "handle", "item id", "product id", "offer id", "productid"]),
            (.sku, ["sku", "variant sku"]),
            (.title, ["title", "name", "product name", "product title"]),
            (.description, ["description", "product description", "summary"]),
            (.descriptionHTML, ["body (html)", "body", "body html"]),
            (.brand, ["brand", "vendor", "brand.name", "brands", "manufacturer.name"]),
            (.channel, ["channel"]),
            (.price, ["price", "variant price", "priceinfo.price", "offers.price", "offers.lowprice"]),
            (.image, ["image src", "image link", "image", "image url", "variant image"]),
            (.imageList, ["additional image link", "additional image links", "images"]),
            (.imagePosition, ["image position"]),
        ]
        for (field, names) in fields {
            for (rank, name) in names.enumerated() { table[name] = field; ranks[name] = rank }
        }
        for option in 1...3 {
            table["option\(option) name"] = .optionName(option)
            table["option\(option) value"] = .optionValue(option)
        }
        let attributes: [(String, [String])] = [
            ("color", ["color", "colour", "colorinfo.colors"]), ("material", ["material", "materials"]),
            ("size", ["size", "sizes"]),
            ("gender", ["gender"]), ("age_group", ["age group"]), ("pattern", ["pattern", "patterns"]),
            ("product_type", ["product type", "type"]), ("product_category", ["product category"]),
            ("google_product_category", ["google product category"]), ("item_group_id", ["item group id"]),
            ("link", ["link", "uri", "url", "offers.url"]), ("tags", ["tags"]), ("condition", ["condition", "offers.itemcondition"]),
            ("availability", ["availability", "offers.availability"]), ("sale_price", ["sale price"]), ("gtin", ["gtin", "variant barcode", "gtin13", "gtin12", "gtin14", "gtin8"]),
            ("mpn", ["mpn"]),
        ]
        for (attribute, names) in attributes {
            for (rank, name) in names.enumerated() { table[name] = .attribute(attribute); ranks[name] = rank }
        }
        return (table, ranks)
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
