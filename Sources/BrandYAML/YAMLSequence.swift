/// A sequence's items, in order: a view into the document's storage, or nodes given in code
/// (`node.sequence ?? [node]`).
public struct YAMLSequence: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    private enum Backing: Sendable {
        case tree(NodeTree, first: Int, count: Int)
        case nodes([YAMLNode])
    }

    private let backing: Backing

    init(tree: NodeTree, node: Int) {
        backing = .tree(tree, first: tree.arena.first(node), count: tree.arena.count(node))
    }

    /// A collection of nodes made in code.
    public init(_ nodes: [YAMLNode]) {
        backing = .nodes(nodes)
    }

    public init(arrayLiteral elements: YAMLNode...) {
        backing = .nodes(elements)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch backing {
        case .tree(_, _, let count): count
        case .nodes(let nodes): nodes.count
        }
    }

    public subscript(position: Int) -> YAMLNode {
        switch backing {
        case .tree(let tree, let first, _):
            YAMLNode(tree: tree, index: Int(tree.arena.children[first + position]))
        case .nodes(let nodes):
            nodes[position]
        }
    }
}
