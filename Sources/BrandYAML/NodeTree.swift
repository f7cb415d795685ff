/// A loaded stream's nodes, frozen: shared by every `YAMLNode` view into it, and never changed after
/// loading, so views cross tasks freely.
final class NodeTree: Sendable {
    let arena: NodeArena

    init(_ arena: NodeArena) {
        self.arena = arena
    }
}
