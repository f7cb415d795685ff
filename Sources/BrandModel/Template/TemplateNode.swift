/// A node of a template's syntax tree. The nodes are exactly what Mustache renders, in order:
/// the lines a tag stands alone on are already gone, and a standalone partial carries the
/// indentation it repeats on each of its lines.
public indirect enum TemplateNode: Sendable, Equatable {
    case text(String)
    case variable(TemplateName, tag: TemplateTag)
    /// A section or (`inverted`) inverted section; `close` is `nil` only in the partial tree of a
    /// template whose section is never closed.
    case section(TemplateName, inverted: Bool, body: [TemplateNode], open: TemplateTag, close: TemplateTag?)
    /// `indentation` is set when the partial's tag stands alone on its line.
    case partial(String, indentation: String?, tag: TemplateTag)
    /// What the tree parses and checks but leaves to swift-mustache to render: partials with
    /// inheritance and their blocks, dynamic partials, an HTML content-type pragma. `feature` names it.
    case referenceOnly(feature: String, tag: TemplateTag, body: [TemplateNode])
}
