public import BrandDiagnostics
public import BrandModel

/// Checks that every variable, section and partial a template names exists, reporting the
/// unknown ones at their line and column in the template file.
public enum TemplateChecker {
    public static func check(
        _ template: PromptTemplate, in file: SourceFile, partials: Set<String>,
        shape: ContextShape = .prompt, diagnostics: inout DiagnosticSink
    ) {
        var scopes: [ContextShape] = [shape]
        for tag in TemplateTagScanner.tags(in: template.body) {
            let location = file.location(
                from: template.bodyStartOffset + tag.offset,
                to: template.bodyStartOffset + tag.offset + tag.name.utf8.count)
            switch tag.kind {
            case .comment, .other:
                continue
            case .partial:
                if !partials.contains(tag.name) {
                    let fix = SpellingSuggestion.closest(to: tag.name, among: partials.sorted()).map {
                        FixSuggestion("did you mean '\($0)'?", replacement: TextReplacement(at: location, with: $0))
                    }
                    diagnostics.report(
                        .unknownPartial, "no partial named '\(tag.name)' in the templates' partials folder",
                        at: location, fix: fix)
                }
            case .close:
                if scopes.count > 1 { scopes.removeLast() }
            case .section, .invertedSection, .variable:
                let resolved = resolve(tag.name, in: scopes)
                if resolved == nil {
                    report(tag.name, at: location, scopes: scopes, diagnostics: &diagnostics)
                }
                if tag.kind != .variable {
                    scopes.append(tag.kind == .section ? (resolved?.sectionScope ?? scopes[scopes.count - 1])
                                                       : scopes[scopes.count - 1])
                }
            }
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
    private static func report(
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
