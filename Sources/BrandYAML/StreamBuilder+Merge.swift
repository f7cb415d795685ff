internal import BrandDiagnostics

extension StreamBuilder {
    /// Replaces each `<<` pair with the pairs it merges (YAML 1.1 merge keys): a mapping, or a sequence
    /// of mappings where earlier ones win. Keys written in the mapping itself override merged ones.
    /// Merged pairs take the place of the `<<` pair, so the order stays close to the source.
    mutating func applyMerges(_ pairs: [YAMLPair]) -> [YAMLPair] {
        var taken = Set<YAMLValue>()
        for pair in pairs where !pair.key.isMergeKey {
            if let identity = pair.key.keyIdentity { taken.insert(identity) }
        }
        var result: [YAMLPair] = []
        result.reserveCapacity(pairs.count)
        for pair in pairs {
            guard pair.key.isMergeKey else {
                result.append(pair)
                continue
            }
            for source in mergeSources(pair.value) {
                for merged in source {
                    if let identity = merged.key.keyIdentity, !taken.insert(identity).inserted { continue }
                    result.append(merged)
                }
            }
        }
        return result
    }

    /// The mappings a `<<` value merges; anything else is reported and skipped.
    private mutating func mergeSources(_ value: YAMLNode) -> [[YAMLPair]] {
        switch value.content {
        case .mapping(let pairs):
            return [pairs]
        case .sequence(let items):
            var sources: [[YAMLPair]] = []
            for item in items {
                if let pairs = item.mapping {
                    sources.append(pairs)
                } else {
                    reportInvalidMerge(item)
                }
            }
            return sources
        case .scalar:
            reportInvalidMerge(value)
            return []
        }
    }

    private mutating func reportInvalidMerge(_ node: YAMLNode) {
        report(
            .yamlInvalidMerge, "a merge key (<<) merges mappings, but this is \(node.kindDescription)",
            at: node.range,
            fix: FixSuggestion("merge an alias to a mapping (`<<: *base`) or a sequence of them (`<<: [*a, *b]`)"))
    }
}
