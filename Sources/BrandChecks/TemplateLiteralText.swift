import BrandModel

/// The literal text of a Mustache template body: what the template says in its own words, between
/// its tags. Voice rules read it as they read copy, since it reaches the prompt as written.
enum TemplateLiteralText {
    /// The runs of text between the tags of the body's syntax tree, each with its byte offset in
    /// the body; runs of only whitespace are left out, and so is what follows a syntax error.
    /// Delimiter changes (`{{=<% %>=}}`) are followed.
    static func runs(in body: String) -> [(offset: Int, text: String)] {
        TemplateSyntaxTree(parsing: body).literalRuns(of: body)
    }
}
