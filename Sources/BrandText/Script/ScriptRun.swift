/// A maximal stretch of text in one script, after Common and Inherited characters were given
/// the script of their surroundings.
public struct ScriptRun: Hashable, Sendable {
    /// The run's script; `.common` only when the whole text has no specific script (digits,
    /// punctuation, emoji only).
    public var script: UnicodeScript
    /// The run's extent in the string's `unicodeScalars`, as 0-based offsets.
    public var scalarOffsets: Range<Int>
    /// The run's extent as string indices (scalar-aligned; a run boundary can fall inside a
    /// grapheme cluster only where the text itself switches script within one).
    public var range: Range<String.Index>

    public init(script: UnicodeScript, scalarOffsets: Range<Int>, range: Range<String.Index>) {
        self.script = script
        self.scalarOffsets = scalarOffsets
        self.range = range
    }
}
