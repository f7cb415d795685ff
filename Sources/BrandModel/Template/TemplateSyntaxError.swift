public import BrandDiagnostics

/// Why a template body does not parse, and where: the one source of every T001 diagnostic.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A closing tag names another section than the open one (or none is open).
        case closingTagMismatch
        /// A tag's name is not followed by its closing delimiter (`unfinishedName` in swift-mustache).
        case unfinishedTag(closer: String)
        /// The body ends while a section is open.
        case sectionNeverClosed
        case invalidDelimiterChange
        /// The body ends inside a tag or just after a lone opening brace.
        case endsInsideTag
        case transformOnBlock
        case textOrTagInsideInheritance
        case invalidPragma
        case unknownPragma
    }

    public var kind: Kind
    /// Byte offset in the body where parsing stopped.
    public var offset: Int
    /// The innermost open section, for `sectionNeverClosed`.
    public var openSection: TemplateTag?

    public var message: String {
        switch kind {
        case .closingTagMismatch: "a closing tag does not match the open section"
        case .unfinishedTag(let closer): "a tag is not closed with '\(closer)'"
        case .sectionNeverClosed: "a section is never closed"
        case .invalidDelimiterChange: "invalid delimiter change"
        case .endsInsideTag: "the template ends inside a tag"
        case .transformOnBlock: "a block ({{$name}}) cannot have a transform"
        case .textOrTagInsideInheritance: "a partial with inheritance ({{<name}}) may hold only blocks ({{$name}})"
        case .invalidPragma: "invalid pragma; write it as {{% CONTENT_TYPE: TEXT}}"
        case .unknownPragma: "unknown pragma; only CONTENT_TYPE (TEXT or HTML) is known"
        }
    }

    /// Reports the error as T001 in `file`, whose body starts at `bodyStartOffset`: an unclosed
    /// section at its opening tag, with a note where the body ends.
    public func report(in file: SourceFile, bodyStartOffset: Int, diagnostics: inout DiagnosticSink) {
        let found = file.location(from: bodyStartOffset + offset, to: bodyStartOffset + offset)
        if kind == .sectionNeverClosed, let open = openSection {
            diagnostics.report(
                .templateSyntax, "section '\(open.name)' is never closed; add {{/\(open.name)}}",
                at: file.location(from: bodyStartOffset + open.range.lowerBound, to: bodyStartOffset + open.nameRange.upperBound),
                notes: [DiagnosticNote("the template ends here", at: found)])
        } else {
            diagnostics.report(.templateSyntax, "template syntax error: \(message)", at: found)
        }
    }
}
