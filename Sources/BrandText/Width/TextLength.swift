/// The lengths of a text in the units copy limits are written in.
public struct TextLength: Hashable, Sendable {
    /// Grapheme clusters (`Character`s): what a reader counts as characters, e.g. 1 for `👨‍👩‍👧`.
    public var characters: Int
    /// Unicode scalars (code points).
    public var scalars: Int
    /// UTF-8 bytes.
    public var utf8: Int
    /// UTF-16 code units: what JavaScript's `length` and many platform limits count.
    public var utf16: Int
    /// Display columns (see `displayWidth(of:ambiguousWidth:)`).
    public var columns: Int

    public init(characters: Int, scalars: Int, utf8: Int, utf16: Int, columns: Int) {
        self.characters = characters
        self.scalars = scalars
        self.utf8 = utf8
        self.utf16 = utf16
        self.columns = columns
    }

    /// Measures `text`.
    public init(of text: String, ambiguousWidth: AmbiguousWidth = .narrow) {
        self.init(characters: text.count, scalars: text.unicodeScalars.count, utf8: text.utf8.count,
                  utf16: text.utf16.count, columns: displayWidth(of: text, ambiguousWidth: ambiguousWidth))
    }
}
