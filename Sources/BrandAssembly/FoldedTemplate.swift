import Mustache

/// A template whose brand-only lines (`BrandOnlyLines`) are rendered once per run: each run of them
/// becomes one variable tag, and its text is handed to every product's context under that name.
/// Over a feed, the palette, typography and photography lines of a large guide are then written
/// once instead of looked up through the context for every product. The output is the same text.
struct FoldedTemplate {
    let template: MustacheTemplate
    /// The body with each folded run replaced by its variable (the body itself when nothing folds).
    let body: String
    /// The rendered text of each folded run, by the variable that stands for it.
    let values: [String: String]

    /// Folds what it can of `body`; a run whose text cannot be spliced back exactly stays as written.
    init(body: String, parsed: MustacheTemplate, renderer: TemplateRenderer, brand: ContextValue) {
        let bytes = Array(body.utf8)
        var rewritten: [UInt8] = []
        var values: [String: String] = [:]
        var cursor = 0
        for run in BrandOnlyLines.runs(in: body, partials: renderer.partialSources) {
            let name = "__brandc_folded_\(values.count + 1)"
            let source = String(decoding: bytes[run], as: UTF8.self)
            guard let folded = Self.fold(source, startsBody: run.lowerBound == 0, as: name, renderer: renderer,
                                         context: ["brand": brand.any])
            else { continue }
            rewritten += bytes[cursor..<run.lowerBound]
            rewritten += folded.replacement.utf8
            if let value = folded.value { values[name] = value }
            cursor = run.upperBound
        }
        rewritten += bytes[cursor...]
        let folded = String(decoding: rewritten, as: UTF8.self)
        if !values.isEmpty || cursor > 0, let template = renderer.parseDerived(folded) {
            self.template = template
            self.body = folded
            self.values = values
        } else {
            self.template = parsed
            self.body = body
            self.values = [:]
        }
    }

    /// A line before a run's own, so its first line renders as it does in the template: not
    /// preceded by the text pragma, which would stop a tag from standing alone on that line.
    private static let leadLine = "\u{E000}brandc\u{E000}\n"

    /// The tag that replaces `source` and the text it stands for, or `nil` when the rendered text
    /// cannot be put back exactly (a run that ends with a newline but renders to a text without one).
    private static func fold(
        _ source: String, startsBody: Bool, as name: String, renderer: TemplateRenderer, context: [String: Any]
    ) -> (replacement: String, value: String?)? {
        guard let template = renderer.parseDerived(startsBody ? source : leadLine + source) else { return nil }
        var output = Array(renderer.render(template, context: context).utf8)
        if !startsBody {
            let lead = Array(leadLine.utf8)
            guard output.starts(with: lead) else { return nil }
            output.removeFirst(lead.count)
        }
        guard source.utf8.last == 0x0A else { return ("{{\(name)}}", String(decoding: output, as: UTF8.self)) }
        if output.isEmpty { return ("", nil) }
        // A variable tag never stands alone, so `{{name}}\n` writes the value and then the newline.
        guard output.last == 0x0A else { return nil }
        return ("{{\(name)}}\n", String(decoding: output.dropLast(), as: UTF8.self))
    }
}
