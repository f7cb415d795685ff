public import BrandDiagnostics
import Mustache

/// Renders template bodies with swift-mustache as plain text (no HTML escaping: prompts are not
/// HTML, and `26"` must stay `26"`), with partials from the templates' `partials/` folder.
public struct TemplateRenderer: Sendable {
    /// Turns off swift-mustache's default HTML escaping for the template it starts.
    static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    private var library = MustacheLibrary()
    public private(set) var partialNames: Set<String> = []
    /// Each partial's text, for finding the lines that depend on the brand alone (`BrandOnlyLines`).
    private(set) var partialSources: [String: String] = [:]

    public init() {}

    /// Registers `file` as the partial `name`; reports a syntax error at its line and column.
    public mutating func registerPartial(_ name: String, file: SourceFile, diagnostics: inout DiagnosticSink) {
        let text = String(decoding: file.bytes, as: UTF8.self)
        partialNames.insert(name)
        partialSources[name] = text
        if let template = parse(text, file: file, bodyStartOffset: 0, diagnostics: &diagnostics) {
            library.register(template, named: name)
        }
    }

    /// Parses a body that starts at `bodyStartOffset` in `file`.
    func parse(
        _ body: String, file: SourceFile, bodyStartOffset: Int, diagnostics: inout DiagnosticSink
    ) -> MustacheTemplate? {
        do {
            return try MustacheTemplate(string: Self.textPragma + body)
        } catch let error as MustacheTemplate.ParserError {
            let bodyStart = file.position(atOffset: bodyStartOffset)
            let line = bodyStart.line + error.context.lineNumber - 1
            var column = error.context.columnNumber
            if error.context.lineNumber == 1 { column += bodyStart.column - 1 - Self.textPragma.count }
            let position = file.position(line: line, column: max(1, column))
            let found = SourceLocation(file: file.path, range: SourceRange(at: position))
            if case MustacheTemplate.Error.expectedSectionEnd = error.error,
                let open = Self.unclosedSection(in: body, file: file, bodyStartOffset: bodyStartOffset)
            {
                diagnostics.report(
                    .templateSyntax, "section '\(open.name)' is never closed; add {{/\(open.name)}}", at: open.location,
                    notes: [DiagnosticNote("the template ends here", at: found)])
            } else {
                diagnostics.report(
                    .templateSyntax, "template syntax error: \(Self.describe(error.error))", at: found)
            }
        } catch {
            diagnostics.report(.templateSyntax, "template syntax error: \(error)", at: SourceLocation(file: file.path))
        }
        return nil
    }

    /// The innermost section left open at the end of `body`, located in `file`.
    static func unclosedSection(
        in body: String, file: SourceFile, bodyStartOffset: Int
    ) -> (name: String, location: SourceLocation)? {
        var open: [TemplateTag] = []
        for tag in TemplateTagScanner.tags(in: body) {
            switch tag.kind {
            case .section, .invertedSection: open.append(tag)
            case .close: if !open.isEmpty { open.removeLast() }
            default: continue
            }
        }
        guard let last = open.last else { return nil }
        let end = bodyStartOffset + last.offset + last.name.utf8.count
        return (last.name, file.location(from: bodyStartOffset + last.openOffset, to: end))
    }

    func render(_ template: MustacheTemplate, context: [String: Any]) -> String {
        template.render(context, library: library)
    }

    /// Parses text brandc made itself (already checked as part of a template): `nil` if it does not parse.
    func parseDerived(_ text: String) -> MustacheTemplate? {
        try? MustacheTemplate(string: Self.textPragma + text)
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a closing tag does not match the open section"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed with '}}'"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid delimiter change"
        default: "\(error)"
        }
    }
}
