public import BrandDiagnostics

/// One node of a loaded YAML document, with the range of source text it came from.
///
/// A node is a view (a reference to its document's frozen node storage and an index), so copying
/// one is cheap and a whole document is a few flat arrays. Aliases are already expanded (a node
/// reached through `*a` is the anchored node itself, with its range), and merge keys (`<<`) are
/// already applied, so consumers see plain data.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence(YAMLSequence)
        case mapping(YAMLMapping)
    }

    let tree: NodeTree
    let index: Int

    init(tree: NodeTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    /// What the node holds. Scalars' text is made on request; collections are views as well.
    public var content: Content {
        get {
            switch tree.arena.kind(index) {
            case .sequence: .sequence(YAMLSequence(tree: tree, node: index))
            case .mapping: .mapping(YAMLMapping(tree: tree, node: index))
            default: .scalar(makeScalar())
            }
        }
        set { self = YAMLNode(newValue, range: range, tag: tag) }
    }

    /// The explicit tag as written (`!!str`, `!custom`), or `nil` for none.
    public var tag: String? {
        get { tree.arena.tag(index) }
        set { self = YAMLNode(content, range: range, tag: newValue) }
    }

    /// Where the node's text is in its file.
    public var range: SourceRange {
        get { tree.arena.range(index) }
        set { self = YAMLNode(content, range: newValue, tag: tag) }
    }

    /// The scalar, made on request (its text is a new `String`), or `nil` for a collection.
    public var scalar: YAMLScalar? {
        tree.arena.kind(index).style == nil ? nil : makeScalar()
    }

    /// The items of a sequence, as a view, or `nil` for anything else.
    public var sequence: YAMLSequence? {
        tree.arena.kind(index) == .sequence ? YAMLSequence(tree: tree, node: index) : nil
    }

    /// The pairs of a mapping (after merge keys), as a view, or `nil` for anything else.
    public var mapping: YAMLMapping? {
        tree.arena.kind(index) == .mapping ? YAMLMapping(tree: tree, node: index) : nil
    }

    /// A word for the node's kind, for messages such as "expected a mapping, found a sequence".
    public var kindDescription: String {
        tree.arena.kindDescription(index)
    }

    private func makeScalar() -> YAMLScalar {
        let arena = tree.arena
        let style = arena.kind(index).style ?? .plain
        let text = arena.string(index)
        switch arena.nodes[index].value {
        case .string: return YAMLScalar(text: text, style: style, loadedValue: .string(text))
        case .explicit: return YAMLScalar(text: text, style: style, value: arena.value(index))
        default: return YAMLScalar(text: text, style: style, loadedValue: arena.value(index))
        }
    }
}

/// A key and its value in a mapping, in source order.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
