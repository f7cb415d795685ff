internal import BrandDiagnostics

extension StreamBuilder {
    /// Small mappings are checked by a linear scan; past this many pairs a dictionary pays off.
    private static let linearScanLimit = 8

    /// Adds a pair unless its key repeats an earlier one: that is an error at the second key,
    /// with a note at the first, and the first value is kept.
    mutating func addPair(key: YAMLNode, value: YAMLNode, to index: Int) {
        if key.isMergeKey { stack[index].hasMergeKey = true }
        if let identity = key.keyIdentity {
            if let previous = earlierPair(with: identity, in: index) {
                let first = stack[index].pairs[previous].key
                report(
                    .yamlDuplicateKey, "duplicate key '\(key.scalar?.text ?? "")' in this mapping",
                    at: key.range,
                    notes: [DiagnosticNote("first defined here", at: location(first.range))],
                    fix: FixSuggestion("remove one of the two entries, or rename one of the keys"))
                return
            }
            let position = stack[index].pairs.count
            stack[index].keyIndex?[identity] = position
        }
        stack[index].pairs.append(YAMLPair(key: key, value: value))
    }

    private mutating func earlierPair(with identity: YAMLValue, in index: Int) -> Int? {
        if stack[index].keyIndex == nil {
            if stack[index].pairs.count < StreamBuilder.linearScanLimit {
                return stack[index].pairs.firstIndex { $0.key.keyIdentity == identity }
            }
            var keyIndex: [YAMLValue: Int] = [:]
            for (position, pair) in stack[index].pairs.enumerated() {
                if let existing = pair.key.keyIdentity, keyIndex[existing] == nil { keyIndex[existing] = position }
            }
            stack[index].keyIndex = keyIndex
        }
        return stack[index].keyIndex?[identity]
    }
}
