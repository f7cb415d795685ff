public import BrandDiagnostics

/// One document of a YAML stream, with the file it came from.
public struct YAMLDocument: Sendable {
    public var root: YAMLNode
    public var file: SourceFile

    public init(root: YAMLNode, file: SourceFile) {
        self.root = root
        self.file = file
    }

    /// The location of `node` in this document's file.
    public func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file.path, range: node.range)
    }
}
