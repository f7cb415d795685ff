public import BrandDiagnostics
import BrandYAML

/// One product: identity, facts, localized copy and reference photos.
public struct ProductRecord: Sendable {
    public var file: String
    public var id: Located<String>
    public var sku: Located<String>?
    public var title: Located<String>?
    public var description: Located<String>?
    public var brand: Located<String>?
    public var channel: Located<String>?
    /// Attributes in source order (`color`, `material`, `size`…).
    public var attributes: [(name: Located<String>, value: Located<String>)] = []
    /// Localized copy by BCP 47 tag, each a list of roles and texts.
    public var copy: [(locale: Located<String>, entries: [CopyEntry])] = []
    /// Reference photo paths, relative to the product file's folder.
    public var images: [Located<String>] = []

    public init(file: String, id: Located<String>) {
        self.file = file
        self.id = id
    }

    public func copy(for locale: String) -> [CopyEntry] {
        copy.first { $0.locale.value.caseInsensitiveCompare(locale) == .orderedSame }?.entries ?? []
    }

    static let keys = ["id", "sku", "title", "description", "brand", "channel", "attributes", "copy", "images"]

    /// Decodes a product document; `nil` when it has no usable `id`.
    public static func decode(_ document: YAMLDocument, diagnostics: inout DiagnosticSink) -> ProductRecord? {
        var reader = NodeReader(document: document)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let fields = reader.fields(of: document.root, in: "a product", known: keys, required: ["id"]),
            let id = fields["id"].flatMap({ reader.string($0, "the product id") })
        else { return nil }
        var product = ProductRecord(file: document.file.path, id: id)
        product.sku = fields["sku"].flatMap { reader.string($0, "the SKU") }
        product.title = fields["title"].flatMap { reader.string($0, "the title") }
        product.description = fields["description"].flatMap { reader.string($0, "the description") }
        product.brand = fields["brand"].flatMap { reader.string($0, "the brand") }
        product.channel = fields["channel"].flatMap { reader.string($0, "the channel") }
        if let node = fields["attributes"] {
            product.attributes = reader.entries(node, "'attributes'").compactMap { name, value in
                reader.string(value, "attribute '\(name.value)'").map { (name, $0) }
            }
        }
        if let node = fields["copy"] {
            product.copy = reader.entries(node, "'copy'").compactMap { key, value in
                guard let tag = LocaleTagReader.check(key, &reader) else { return nil }
                return (tag, CopyEntry.decodeAll(value, "copy for '\(key.value)'", &reader))
            }
        }
        if let node = fields["images"] { product.images = reader.stringList(node, "'images'") }
        return product
    }
}
