import Mustache

/// A list swift-mustache walks in a section and also asks for members by name, so
/// `{{#product.attributes}}` lists the attributes and `{{product.attributes.size}}` is one of them.
struct NamedMustacheList: MustacheSequence, MustacheParent {
    let items: [Any]
    let byName: [String: Any]

    func makeIterator() -> IndexingIterator<[Any]> { items.makeIterator() }

    func child(named name: String) -> Any? { byName[name] }
}
