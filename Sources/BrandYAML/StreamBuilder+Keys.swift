internal import BrandDiagnostics

extension StreamBuilder {
    /// Small mappings are checked by a linear scan; past this many pairs a dictionary pays off.
    private static let linearScanLimit = 8

    /// Adds a pair unless its key repeats an earlier one: that is an error at the second key,
    /// with a note at the first, and the first value is kept.
    mutating func addPair(key: consuming YAMLNode, value: consuming YAMLNode, to index: Int) {
        if key.isMergeKey { stack[index].hasMergeKey = true }
        if case .scalar(let keyScalar) = key.content {
            if let previous = earlierPair(with: keyScalar, in: index) {
                let first = pendingPairs[previous].key
                report(
                    .yamlDuplicateKey, "duplicate key '\(key.scalar?.text ?? "")' in this mapping",
                    at: key.range,
                    notes: [DiagnosticNote("first defined here", at: location(first.range))],
                    fix: FixSuggestion("remove one of the two entries, or rename one of the keys"))
                return
            }
            if stack[index].keyIndex != nil { stack[index].keyIndex?[keyScalar.value] = pendingPairs.count }
        }
        pendingPairs.push(YAMLPair(key: key, value: value))
    }

    /// The index in `pendingPairs` of an earlier pair of mapping `index` with the same key.
    private mutating func earlierPair(with key: YAMLScalar, in index: Int) -> Int? {
        if stack[index].keyIndex == nil {
            let pairs = stack[index].firstChild..<pendingPairs.count
            if pairs.count < StreamBuilder.linearScanLimit {
                return pairs.first { position in
                    guard case .scalar(let earlier) = pendingPairs[position].key.content else { return false }
                    return earlier.hasSameValue(as: key)
                }
            }
            var keyIndex: [YAMLValue: Int] = [:]
            for position in pairs {
                if let existing = pendingPairs[position].key.keyIdentity, keyIndex[existing] == nil {
                    keyIndex[existing] = position
                }
            }
            stack[index].keyIndex = keyIndex
        }
        return stack[index].keyIndex?[key.value]
    }
}
