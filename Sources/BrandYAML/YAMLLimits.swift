/// Bounds that keep hostile or accidental input from exhausting time or memory.
/// Each can be raised from the command line or from `brandc.yaml`.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest file accepted, in bytes.
    public var maxFileBytes: Int
    /// Largest single scalar, in bytes.
    public var maxScalarBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes that alias expansion may add to a document (the billion-laughs guard).
    public var maxAliasExpansion: Int

    public init(
        maxFileBytes: Int = 256 << 20,
        maxScalarBytes: Int = 16 << 20,
        maxDepth: Int = 256,
        maxAliasExpansion: Int = 100_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxScalarBytes = maxScalarBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let `default` = YAMLLimits()
}
