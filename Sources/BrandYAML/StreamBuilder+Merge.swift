internal import BrandDiagnostics

extension StreamBuilder {
    /// Replaces each `<<` pair with the pairs it merges (YAML 1.1 merge keys): a mapping, or a sequence
    /// of mappings where earlier ones win. Keys written in the mapping itself override merged ones.
    /// Merged pairs take the place of the `<<` pair, so the order stays close to the source.
    /// `entries` holds key and value indices in turn; so does the result.
    mutating func applyMerges(_ entries: ArraySlice<Int32>) -> [Int32] {
        let pairs = stride(from: entries.startIndex, to: entries.endIndex, by: 2).map {
            (key: Int(entries[$0]), value: Int(entries[$0 + 1]))
        }
        var taken = Set<YAMLValue>()
        for pair in pairs where !arena.isMergeKey(pair.key) {
            if let identity = arena.keyIdentity(pair.key) { taken.insert(identity) }
        }
        var result: [Int32] = []
        result.reserveCapacity(entries.count)
        for pair in pairs {
            guard arena.isMergeKey(pair.key) else {
                result.append(Int32(truncatingIfNeeded: pair.key))
                result.append(Int32(truncatingIfNeeded: pair.value))
                continue
            }
            for source in mergeSources(pair.value) {
                for position in 0..<arena.count(source) {
                    let key = arena.child(source, 2 * position)
                    if let identity = arena.keyIdentity(key), !taken.insert(identity).inserted { continue }
                    result.append(Int32(truncatingIfNeeded: key))
                    result.append(Int32(truncatingIfNeeded: arena.child(source, 2 * position + 1)))
                }
            }
        }
        return result
    }

    /// The mappings a `<<` value merges; anything else is reported and skipped.
    private mutating func mergeSources(_ value: Int) -> [Int] {
        switch arena.kind(value) {
        case .mapping:
            return [value]
        case .sequence:
            var sources: [Int] = []
            for position in 0..<arena.count(value) {
                let item = arena.child(value, position)
                if arena.kind(item) == .mapping {
                    sources.append(item)
                } else {
                    reportInvalidMerge(item)
                }
            }
            return sources
        default:
            reportInvalidMerge(value)
            return []
        }
    }

    private mutating func reportInvalidMerge(_ node: Int) {
        report(
            .yamlInvalidMerge, "a merge key (<<) merges mappings, but this is \(arena.kindDescription(node))",
            at: arena.range(node),
            fix: FixSuggestion("merge an alias to a mapping (`<<: *base`) or a sequence of them (`<<: [*a, *b]`)"))
    }
}
