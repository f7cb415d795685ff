/// One Mustache tag of a template body and where it is. Offsets are UTF-8 byte offsets into the
/// body (add the body's offset in its file for a file position).
public struct TemplateTag: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `{{name}}`, `{{{name}}}`, `{{& name}}`.
        case variable
        case section, invertedSection, close, partial, comment
        /// `{{=<% %>=}}`.
        case delimiters
        /// `{{% CONTENT_TYPE: TEXT}}`.
        case pragma
        /// `{{<parent}}`: a partial with inheritance.
        case inheritance
        /// `{{$name}}`: a block of a partial with inheritance.
        case block
    }

    public var kind: Kind
    /// The name as written, transforms included (`uppercased(product.title)`); a partial's name
    /// without the `*` of a dynamic partial; empty for comments, delimiter changes and pragmas.
    public var name: String
    /// The whole tag, its delimiters included.
    public var range: Range<Int>
    /// The name within the tag (an empty range where the name would be for a tag without one).
    public var nameRange: Range<Int>
}
