internal import BrandDiagnostics

/// A sequence or mapping whose start event has been read and whose end event has not:
/// one entry of the builder's explicit stack (no recursion, so depth costs heap, never call stack).
struct OpenCollection {
    enum Kind { case sequence, mapping }

    let kind: Kind
    let start: SourcePosition
    let tag: String?
    let anchor: String?
    /// Where this collection's children begin in the builder's `pending` stack.
    let firstChild: Int
    /// Nodes in this subtree so far, counting alias expansions, for the alias budget.
    var nodeCount = 1
    /// Index of scalar keys (to their key's place in `pending`), built only once a mapping outgrows
    /// a linear scan.
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

extension NodeArena {
    /// What makes two keys the same key: the resolved value of a scalar. Collections as keys are rare
    /// and are not compared (`nil`).
    func keyIdentity(_ index: Int) -> YAMLValue? {
        kind(index).style == nil ? nil : value(index)
    }

    /// `<<` written plainly without a tag, or tagged `!!merge`.
    func isMergeKey(_ index: Int) -> Bool {
        let record = nodes[index]
        guard record.kind.style != nil else { return false }
        guard record.flags.contains(.hasTag) else {
            return record.kind == .plain && count(index) == 2
                && withBytes(index) { $0[0] == UInt8(ascii: "<") && $0[1] == UInt8(ascii: "<") }
        }
        return tags[index] == "!!merge"
    }

    /// `keyIdentity(a) == keyIdentity(b)` for two scalars, without making strings when it can:
    /// equal bytes are equal strings, and different ASCII bytes are different strings; only other
    /// text is compared as `String`s (which compare by canonical equivalence).
    func hasSameKey(_ a: Int, _ b: Int) -> Bool {
        let left = nodes[a]
        let right = nodes[b]
        switch (left.value, right.value) {
        case (.string, .string):
            let same = withBytes(a) { first in withBytes(b) { second in first.elementsEqual(second) } }
            if same { return true }
            let ascii = withBytes(a) { isASCII($0) } && withBytes(b) { isASCII($0) }
            return ascii ? false : string(a) == string(b)
        case (.null, .null), (.false, .false), (.true, .true):
            return true
        case (.int, .int), (.float, .float), (.explicit, _), (_, .explicit):
            return value(a) == value(b)
        default:
            return false
        }
    }

    private func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }
}
