internal import BrandDiagnostics
internal import CLibYAML

extension StreamBuilder {
    /// Small mappings are checked by a linear scan; past this many pairs a dictionary pays off.
    private static let linearScanLimit = 8

    /// Completes the pair whose key is on top of `pending`, unless the key repeats an earlier one:
    /// that is an error at the second key, with a note at the first, and the first value is kept.
    mutating func addPair(value: Int, to index: Int) {
        guard let keyEntry = pending.last else { return }
        let key = Int(keyEntry)
        if arena.isMergeKey(key) { stack[index].hasMergeKey = true }
        if arena.kind(key).style != nil {
            if !arena.nodes[key].flags.contains(.asciiText) { markASCII(key) }
            if let previous = earlierPair(with: key, in: index) {
                let first = Int(pending[previous])
                report(
                    .yamlDuplicateKey, "duplicate key '\(arena.string(key))' in this mapping",
                    at: arena.range(key),
                    notes: [DiagnosticNote("first defined here", at: location(arena.range(first)))],
                    fix: FixSuggestion("remove one of the two entries, or rename one of the keys"))
                pending.removeLast()
                return
            }
            if stack[index].keyIndex != nil, let identity = arena.keyIdentity(key) {
                stack[index].keyIndex?[identity] = pending.count - 1
            }
        }
        pending.append(Int32(truncatingIfNeeded: value))
    }

    /// The place in `pending` of an earlier key of mapping `index` equal to the scalar `key`
    /// (the last entry of `pending`).
    private mutating func earlierPair(with key: Int, in index: Int) -> Int? {
        let keys = stride(from: stack[index].firstChild, to: pending.count - 1, by: 2)
        if stack[index].keyIndex == nil {
            let earlierPairs = (pending.count - 1 - stack[index].firstChild) / 2
            if earlierPairs < StreamBuilder.linearScanLimit {
                // A plain loop: a closure here would capture (and copy) the whole builder.
                for position in keys where isSameKey(Int(pending[position]), key) { return position }
                return nil
            }
            var keyIndex: [YAMLValue: Int] = [:]
            for position in keys {
                if let existing = arena.keyIdentity(Int(pending[position])), keyIndex[existing] == nil {
                    keyIndex[existing] = position
                }
            }
            stack[index].keyIndex = keyIndex
        }
        guard let identity = arena.keyIdentity(key) else { return nil }
        return stack[index].keyIndex?[identity]
    }

    /// `arena.hasSameKey` for a scalar `key` against any earlier key, with the common answers first:
    /// ASCII keys of different lengths differ (ASCII has no other spelling under canonical
    /// equivalence), and two keys of the file's own bytes are compared in place.
    private func isSameKey(_ earlier: Int, _ key: Int) -> Bool {
        let a = arena.nodes[earlier]
        guard a.kind.style != nil else { return false }
        let b = arena.nodes[key]
        guard a.value == .string, b.value == .string else { return arena.hasSameKey(earlier, key) }
        let bothASCII = a.flags.contains(.asciiText) && b.flags.contains(.asciiText)
        let count = arena.count(earlier)
        if count != arena.count(key) { return bothASCII ? false : arena.hasSameKey(earlier, key) }
        guard a.flags.contains(.textInSource), b.flags.contains(.textInSource), let base = source.baseAddress else {
            return arena.hasSameKey(earlier, key)
        }
        if memcmp(base + arena.first(earlier), base + arena.first(key), count) == 0 { return true }
        return bothASCII ? false : arena.hasSameKey(earlier, key)
    }

    /// Marks a key whose text is ASCII, for `isSameKey`.
    private mutating func markASCII(_ key: Int) {
        let record = arena.nodes[key]
        let ascii: Bool
        if record.flags.contains(.textInSource), let base = source.baseAddress {
            ascii = UnsafeBufferPointer(start: base + arena.first(key), count: arena.count(key)).allSatisfy { $0 < 0x80 }
        } else {
            ascii = arena.withBytes(key) { $0.allSatisfy { $0 < 0x80 } }
        }
        if ascii { arena.nodes[key].flags.insert(.asciiText) }
    }
}
