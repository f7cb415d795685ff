/// What a feed column (or JSON / YAML key) holds, in terms of `ProductRecord`.
public enum ProductField: Hashable, Sendable {
    case id
    case sku
    case title
    /// Plain-text description.
    case description
    /// An HTML description (Shopify's `Body (HTML)`): tags are stripped into plain text.
    case descriptionHTML
    case brand
    case channel
    /// A price such as `12.99 USD` (Merchant Center) or `12.99` (Shopify); checked, then kept as attribute `price`.
    case price
    /// One image URL or path.
    case image
    /// Several image URLs separated by commas (Merchant Center `additional_image_link`).
    case imageList
    /// The position of the row's image among the product's images (Shopify `Image Position`).
    case imagePosition
    /// Shopify `Option1 Name`…: the name of a variant dimension (`Size`).
    case optionName(Int)
    /// Shopify `Option1 Value`…: one variant's value for that dimension (`M`).
    case optionValue(Int)
    /// An attribute by name (`color`, `material`…).
    case attribute(String)
    /// Localized copy for a BCP 47 locale and a role (`title[ja]`, `headline[ar]`).
    case copy(locale: String, role: String)

    /// The product-field names a user mapping may map a column to (`feed: columns: title: Name`).
    static let mappableNames: [String: ProductField] = [
        "id": .id, "sku": .sku, "title": .title, "description": .description, "description-html": .descriptionHTML,
        "brand": .brand, "channel": .channel, "price": .price, "image": .image, "images": .imageList,
        "image-position": .imagePosition,
    ]
}
