public import BrandDiagnostics

extension YAMLNode {
    /// A node of its own storage, holding copies of `content`'s nodes. Loaded documents never go
    /// through here (their nodes share one storage); this is for nodes made or changed in code.
    public init(_ content: Content, range: SourceRange, tag: String? = nil) {
        var arena = NodeArena()
        let index = arena.appendCopy(of: content, range: range, tag: tag)
        self.init(tree: NodeTree(arena), index: index)
    }
}

extension NodeArena {
    /// Appends `content` as a new node, copying the nodes it contains from their own storages.
    mutating func appendCopy(of content: YAMLNode.Content, range: SourceRange, tag: String?) -> Int {
        let record: NewNode
        switch content {
        case .scalar(let scalar):
            let first = text.count
            text.append(contentsOf: scalar.text.utf8)
            record = NewNode(
                kind: NodeKind(scalar.style), value: .explicit, range: range, first: first,
                count: text.count - first, flags: flags(tag))
            let index = append(record)
            explicitValues[index] = scalar.value
            explicitRanges[index] = range
            if let tag { tags[index] = tag }
            return index
        case .sequence(let items):
            let copied = items.map { Int32(truncatingIfNeeded: appendCopy(of: $0)) }
            record = NewNode(
                kind: .sequence, value: .none, range: range, first: children.count, count: copied.count,
                flags: flags(tag))
            children.append(contentsOf: copied)
        case .mapping(let pairs):
            var copied: [Int32] = []
            copied.reserveCapacity(pairs.count * 2)
            for pair in pairs {
                copied.append(Int32(truncatingIfNeeded: appendCopy(of: pair.key)))
                copied.append(Int32(truncatingIfNeeded: appendCopy(of: pair.value)))
            }
            record = NewNode(
                kind: .mapping, value: .none, range: range, first: children.count, count: pairs.count,
                flags: flags(tag))
            children.append(contentsOf: copied)
        }
        let index = append(record)
        explicitRanges[index] = range
        if let tag { tags[index] = tag }
        return index
    }

    private func flags(_ tag: String?) -> NodeRecord.Flags {
        tag == nil ? [.explicitRange] : [.explicitRange, .hasTag]
    }

    private mutating func appendCopy(of node: YAMLNode) -> Int {
        appendCopy(of: node.content, range: node.range, tag: node.tag)
    }
}
