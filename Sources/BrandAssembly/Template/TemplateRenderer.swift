public import BrandDiagnostics
import BrandModel

/// The templates' partials (from the `partials/` folder) and the parsing of template bodies:
/// every body and partial is parsed into a `TemplateSyntaxTree`, and its syntax errors are
/// reported from there, at their line and column.
public struct TemplateRenderer: Sendable {
    public private(set) var partialNames: Set<String> = []
    /// Each partial's tree, for those that parse.
    private(set) var partialTrees: [String: [TemplateNode]] = [:]
    /// Each partial's text, for swift-mustache when a template needs it (`MustacheReference`).
    private(set) var partialSources: [String: String] = [:]

    public init() {}

    /// Registers `file` as the partial `name`; reports a syntax error at its line and column.
    public mutating func registerPartial(_ name: String, file: SourceFile, diagnostics: inout DiagnosticSink) {
        let text = String(decoding: file.bytes, as: UTF8.self)
        partialNames.insert(name)
        partialSources[name] = text
        if let tree = parse(text, file: file, bodyStartOffset: 0, diagnostics: &diagnostics) {
            partialTrees[name] = tree.nodes
        }
    }

    /// Parses a body that starts at `bodyStartOffset` in `file`; `nil` when it does not parse
    /// (the error is reported).
    func parse(
        _ body: String, file: SourceFile, bodyStartOffset: Int, diagnostics: inout DiagnosticSink
    ) -> TemplateSyntaxTree? {
        let tree = TemplateSyntaxTree(parsing: body)
        if let error = tree.error {
            error.report(in: file, bodyStartOffset: bodyStartOffset, diagnostics: &diagnostics)
            return nil
        }
        return tree
    }

    var treeRenderer: TreeRenderer { TreeRenderer(partials: partialTrees) }
}
