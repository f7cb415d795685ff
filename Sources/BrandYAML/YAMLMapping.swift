/// A mapping's pairs, in source order, after merge keys: a view into the document's storage, or
/// pairs given in code.
public struct YAMLMapping: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    private enum Backing: Sendable {
        case tree(NodeTree, first: Int, count: Int)
        case pairs([YAMLPair])
    }

    private let backing: Backing

    init(tree: NodeTree, node: Int) {
        backing = .tree(tree, first: tree.arena.first(node), count: tree.arena.count(node))
    }

    /// A collection of pairs made in code.
    public init(_ pairs: [YAMLPair]) {
        backing = .pairs(pairs)
    }

    public init(arrayLiteral elements: YAMLPair...) {
        backing = .pairs(elements)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch backing {
        case .tree(_, _, let count): count
        case .pairs(let pairs): pairs.count
        }
    }

    public subscript(position: Int) -> YAMLPair {
        switch backing {
        case .tree(let tree, let first, _):
            let children = tree.arena.children
            return YAMLPair(
                key: YAMLNode(tree: tree, index: Int(children[first + 2 * position])),
                value: YAMLNode(tree: tree, index: Int(children[first + 2 * position + 1])))
        case .pairs(let pairs):
            return pairs[position]
        }
    }
}
