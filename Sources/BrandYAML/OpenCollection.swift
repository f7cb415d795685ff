internal import BrandDiagnostics

/// A sequence or mapping whose start event has been read and whose end event has not:
/// one entry of the builder's explicit stack (no recursion, so depth costs heap, never call stack).
struct OpenCollection {
    enum Kind { case sequence, mapping }

    let kind: Kind
    let start: SourcePosition
    let tag: String?
    let anchor: String?
    /// Where this collection's children begin in the builder's shared child stacks
    /// (`pendingItems` for a sequence, `pendingPairs` for a mapping).
    let firstChild: Int
    /// A mapping's key read before its value.
    var pendingKey: YAMLNode?
    /// Nodes in this subtree so far, counting alias expansions, for the alias budget.
    var nodeCount = 1
    /// Index of scalar keys, built only once a mapping outgrows a linear scan.
    var keyIndex: [YAMLValue: Int]?
    var hasMergeKey = false

    init(kind: Kind, start: SourcePosition, tag: String?, anchor: String?, firstChild: Int) {
        self.kind = kind
        self.firstChild = firstChild
        self.start = start
        self.tag = tag
        self.anchor = anchor
    }
}

extension YAMLNode {
    /// What makes two keys the same key: the resolved value of a scalar. Collections as keys are rare
    /// and are not compared (`nil`).
    var keyIdentity: YAMLValue? {
        if case .scalar(let scalar) = content { return scalar.value }
        return nil
    }

    /// `<<` written plainly without a tag, or tagged `!!merge`.
    var isMergeKey: Bool {
        guard case .scalar(let scalar) = content else { return false }
        guard let tag else { return scalar.style == .plain && scalar.text == "<<" }
        return tag == "!!merge"
    }
}
