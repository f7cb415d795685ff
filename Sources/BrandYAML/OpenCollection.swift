internal import BrandDiagnostics

/// A sequence or mapping whose start event has been read and whose end event has not:
/// one entry of the builder's explicit stack (no recursion, so depth costs heap, never call stack).
struct OpenCollection {
    enum Kind { case sequence, mapping }

    let kind: Kind
    let start: SourcePosition
    let tag: String?
    let anchor: String?
    /// Written in flow style (`[…]`, `{…}`), where libyaml reads some plain scalars differently.
    let isFlow: Bool
    /// Where this collection's children begin in the builder's `pending` stack.
    let firstChild: Int
    /// Nodes in this subtree so far, counting alias expansions, for the alias budget.
    var nodeCount = 1
    /// Index of scalar keys (to their key's place in `pending`), built only once a mapping outgrows
    /// a linear scan.
    var keyIndex: [YAMLValue: Int]?
    var hasMergeKey = false

    init(kind: Kind, start: SourcePosition, tag: String?, anchor: String?, isFlow: Bool = false, firstChild: Int) {
        self.kind = kind
        self.isFlow = isFlow
        self.firstChild = firstChild
        self.start = start
        self.tag = tag
        self.anchor = anchor
    }
}
