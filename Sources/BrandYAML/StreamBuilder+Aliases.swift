internal import BrandDiagnostics
internal import CLibYAML

extension StreamBuilder {
    /// Records a finished anchored node; a later `&name` replaces it, as YAML specifies.
    mutating func define(_ anchor: String, node: Int, count: Int) {
        anchors[anchor] = (node, count)
    }

    /// Expands `*name` to its node: the alias's place holds the anchored node's index, so nothing is
    /// copied. What an expansion would cost a consumer walking the tree is still counted: each alias
    /// adds its node's subtree size to the document's budget, and a billion-laughs file stops after
    /// `maxAliasExpansion` nodes.
    mutating func alias(_ event: UnsafePointer<yaml_event_t>) {
        let range = range(event)
        let name = optionalString(event.pointee.data.alias.anchor) ?? ""
        guard let target = anchors[name] else {
            if openAnchors.contains(name) {
                report(
                    .yamlRecursiveAlias, "alias '*\(name)' is inside the node anchored '&\(name)', so it would contain itself",
                    at: range)
            } else {
                let suggestion = SpellingSuggestion.closest(to: name, among: anchors.keys)
                report(
                    .yamlUndefinedAlias, "alias '*\(name)' refers to an anchor '&\(name)' that is not defined before it",
                    at: range,
                    fix: suggestion.map { FixSuggestion("did you mean '*\($0)'?") }
                        ?? FixSuggestion("define the anchor with '&\(name)' on a node earlier in the document"))
            }
            let placeholder = arena.append(
                NewNode(kind: .plain, value: .null, range: range, first: arena.text.count, count: 0, flags: []))
            attach(placeholder, count: 1)
            return
        }
        expandedNodes += target.count
        guard expandedNodes <= limits.maxAliasExpansion else {
            report(
                .yamlAliasExpansionLimit,
                "aliases in this document expand to more than \(limits.maxAliasExpansion) nodes",
                at: range,
                fix: FixSuggestion(
                    "use fewer nested aliases, or raise the limit with `--max-alias-expansion N` or `limits.max-alias-expansion` in brandc.yaml"
                ))
            stopped = true
            return
        }
        attach(target.node, count: target.count)
    }
}
