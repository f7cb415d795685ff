import BrandDiagnostics
import BrandModel

/// The attributes a template names directly (`{{product.attributes.size}}`), checked against each
/// product: the template checker cannot know a feed's attribute names, so an attribute a product lacks
/// is reported when that product is rendered, with the closest of its own attribute names.
/// A section (`{{#product.attributes.size}}…{{/product.attributes.size}}`) is how a template makes one optional.
struct AttributeReferences: Sendable {
    private static let prefix = "product.attributes."
    let references: [(name: String, location: SourceLocation)]

    init(_ tree: TemplateSyntaxTree, of template: PromptTemplate, in file: SourceFile) {
        references = tree.tags.compactMap { tag in
            guard tag.kind == .variable, tag.name.hasPrefix(Self.prefix) else { return nil }
            let name = String(tag.name.dropFirst(Self.prefix.count))
            guard !name.isEmpty, !name.contains(".") else { return nil }
            return (name, file.location(from: template.bodyStartOffset + tag.nameRange.lowerBound,
                                       to: template.bodyStartOffset + tag.nameRange.upperBound))
        }
    }

    /// Reports each named attribute `product` does not have.
    func check(_ product: ProductRecord, diagnostics: inout DiagnosticSink) {
        guard !references.isEmpty else { return }
        let names = product.attributes.map(\.name.value)
        for (name, location) in references where !names.contains(name) {
            let suggestion = SpellingSuggestion.closest(to: name, among: Set(names).sorted())
            let fix = suggestion.map {
                FixSuggestion(
                    "did you mean '\(Self.prefix)\($0)'?", replacement: TextReplacement(at: location, with: Self.prefix + $0))
            }
            let known = names.isEmpty ? "it has no attributes" : "its attributes are \(Set(names).sorted().joined(separator: ", "))"
            diagnostics.report(
                .unknownTemplateVariable,
                "product '\(product.id.value)' has no attribute '\(name)' (\(known)); Mustache would render it as empty text",
                at: location, fix: fix)
        }
    }
}
