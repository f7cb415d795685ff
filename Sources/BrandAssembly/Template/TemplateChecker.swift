public import BrandDiagnostics
public import BrandModel

/// Checks that every variable, section and partial a template names exists, reporting the
/// unknown ones at their line and column in the template file.
public enum TemplateChecker {
    public static func check(
        _ template: PromptTemplate, in file: SourceFile, partials: Set<String>,
        shape: ContextShape = .prompt, diagnostics: inout DiagnosticSink
    ) {
        check(TemplateSyntaxTree(parsing: template.body), of: template, in: file, partials: partials, shape: shape,
              diagnostics: &diagnostics)
    }

    /// Checks the names of `tree`, `template`'s parsed body; a body with a syntax error is checked
    /// as far as it parsed.
    public static func check(
        _ tree: TemplateSyntaxTree, of template: PromptTemplate, in file: SourceFile, partials: Set<String>,
        shape: ContextShape = .prompt, diagnostics: inout DiagnosticSink
    ) {
        let walk = Walk(file: file, bodyStartOffset: template.bodyStartOffset, partials: partials)
        walk.check(tree.nodes, scopes: [shape], diagnostics: &diagnostics)
    }

    /// One walk over a tree, with what locating a name needs.
    private struct Walk {
        let file: SourceFile
        let bodyStartOffset: Int
        let partials: Set<String>

        func location(of tag: TemplateTag) -> SourceLocation {
            file.location(from: bodyStartOffset + tag.nameRange.lowerBound, to: bodyStartOffset + tag.nameRange.upperBound)
        }

        func check(_ nodes: [TemplateNode], scopes: [ContextShape], diagnostics: inout DiagnosticSink) {
            for node in nodes {
                switch node {
                case .text:
                    continue
                case .variable(_, let tag):
                    if TemplateChecker.resolve(tag.name, in: scopes) == nil {
                        TemplateChecker.report(tag.name, at: location(of: tag), scopes: scopes, diagnostics: &diagnostics)
                    }
                case .section(_, let inverted, let body, let open, _):
                    let resolved = TemplateChecker.resolve(open.name, in: scopes)
                    if resolved == nil {
                        TemplateChecker.report(open.name, at: location(of: open), scopes: scopes, diagnostics: &diagnostics)
                    }
                    let inner = inverted ? scopes[scopes.count - 1] : (resolved?.sectionScope ?? scopes[scopes.count - 1])
                    check(body, scopes: scopes + [inner], diagnostics: &diagnostics)
                case .partial(_, _, let tag):
                    checkPartial(tag, diagnostics: &diagnostics)
                case .referenceOnly(_, let tag, let body):
                    if tag.kind == .partial || tag.kind == .inheritance { checkPartial(tag, diagnostics: &diagnostics) }
                    check(body, scopes: scopes, diagnostics: &diagnostics)
                }
            }
        }

        private func checkPartial(_ tag: TemplateTag, diagnostics: inout DiagnosticSink) {
            guard !partials.contains(tag.name) else { return }
            let location = location(of: tag)
            let fix = SpellingSuggestion.closest(to: tag.name, among: partials.sorted()).map {
                FixSuggestion("did you mean '\($0)'?", replacement: TextReplacement(at: location, with: $0))
            }
            diagnostics.report(
                .unknownPartial, "no partial named '\(tag.name)' in the templates' partials folder",
                at: location, fix: fix)
        }
    }

    /// Mustache lookup: the first name is searched from the innermost scope outwards,
    /// the rest of a dotted name within what it found.
    static func resolve(_ name: String, in scopes: [ContextShape]) -> ContextShape? {
        if name == "." { return .value }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for scope in scopes.reversed() {
            guard var current = scope.member(first) else { continue }
            for part in parts.dropFirst() {
                guard let next = current.member(part) else { return nil }
                current = next
            }
            return current
        }
        return nil
    }

    /// Reports an unknown name with a suggestion: for `prodcut.title` the first segment is corrected,
    /// for `brand.nmae` the last, among the names visible at that point.
    fileprivate static func report(
        _ name: String, at location: SourceLocation, scopes: [ContextShape], diagnostics: inout DiagnosticSink
    ) {
        let parts = name.split(separator: ".").map(String.init)
        var suggestion: String?
        if parts.count > 1, case .map(let members)? = resolve(parts.dropLast().joined(separator: "."), in: scopes) {
            suggestion = SpellingSuggestion.closest(to: parts[parts.count - 1], among: members.keys.sorted())
                .map { (parts.dropLast() + [$0]).joined(separator: ".") }
        } else if let first = parts.first {
            let visible = scopes.flatMap { scope -> [String] in
                if case .map(let members) = scope { return Array(members.keys) }
                return []
            }
            suggestion = SpellingSuggestion.closest(to: first, among: Set(visible).sorted())
                .map { ([$0] + parts.dropFirst()).joined(separator: ".") }
        }
        if suggestion == name { suggestion = nil }
        let fix = suggestion.map {
            FixSuggestion("did you mean '\($0)'?", replacement: TextReplacement(at: location, with: $0))
        }
        diagnostics.report(
            .unknownTemplateVariable,
            "'\(name)' is not a variable brandc provides; Mustache would render it as empty text",
            at: location, fix: fix)
    }
}
