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
