/// A variable or section name split for lookup, as Mustache resolves it.
public struct TemplateName: Sendable, Equatable {
    /// `.`, `.name` and the empty name look only in the innermost value; other names search the
    /// first component from the innermost scope outwards.
    public var anchored: Bool
    /// The dotted components (`brand.name` → `["brand", "name"]`); empty for `.`.
    public var components: [String]
    /// Transforms applied to the value, innermost last (`uppercased(x)` → `["uppercased"]`).
    public var transforms: [String]

    /// The name `argument` (what a transform applies to, or the whole name) with its transforms.
    init(_ argument: String, transforms: [String]) {
        anchored = argument.isEmpty || argument.first == "."
        components = argument.split(separator: ".").map(String.init)
        self.transforms = transforms
    }
}
