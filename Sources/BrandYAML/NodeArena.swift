internal import BrandDiagnostics

/// A stream's nodes in flat arrays: records, child indices, and the scalars' text that is not the
/// file's own bytes. The loader appends to it; `NodeTree` freezes it; `YAMLNode` views read it.
///
/// Node indices in `children` are 32-bit, as are the records' offsets: the loader takes files up
/// to `NodeArena.maxFileBytes`.
struct NodeArena: Sendable {
    /// The largest file whose offsets, text and node indices all fit the 32-bit fields.
    static let maxFileBytes = Int(Int32.max)

    /// The file's bytes (shared with its `SourceFile`, not copied): most scalars' text is here.
    let source: [UInt8]
    /// Byte offset at which each line of the file starts (the `SourceFile`'s table).
    let lineStarts: [Int]
    var nodes: [NodeRecord] = []
    /// Extents of the nodes that are not compact.
    var extents: [NodeExtent] = []
    /// A sequence's item indices, or a mapping's key and value indices in turn.
    var children: [Int32] = []
    /// Text that differs from the file's bytes (escapes, folded lines, block scalars).
    var text: [UInt8] = []
    /// Explicit tags, by node index: rare, so not in the record.
    var tags: [Int: String] = [:]
    /// Scalar values that are not what the text resolves to (set through the public API).
    var explicitValues: [Int: YAMLValue] = [:]
    /// Ranges of nodes made in code, which need not match any file's lines.
    var explicitRanges: [Int: SourceRange] = [:]

    init(source: [UInt8] = [], lineStarts: [Int] = [0]) {
        self.source = source
        self.lineStarts = lineStarts
    }

    /// Room for the nodes of a typical file of `byteCount` bytes; untouched capacity costs address
    /// space, not memory, and a denser file grows the arrays as usual.
    mutating func reserve(forFileBytes byteCount: Int) {
        nodes.reserveCapacity(byteCount / 8 + 16)
        extents.reserveCapacity(byteCount / 32 + 16)
        children.reserveCapacity(byteCount / 8 + 16)
        text.reserveCapacity(byteCount + 16)
        adviseHugePages()
    }

    /// Stores `node` and returns its index: compact when its text is the file's bytes on one line
    /// and its end is where that text ends, with an extent otherwise.
    mutating func append(_ node: NewNode) -> Int {
        var record = NodeRecord(
            startOffset: UInt32(truncatingIfNeeded: node.range.start.offset),
            startColumn: UInt32(clamping: node.range.start.column), payload: 0, kind: node.kind, value: node.value,
            flags: node.flags)
        let quote = node.kind.quoteWidth
        if node.flags.contains(.textInSource), node.kind.style != nil, node.range.start.line == node.range.end.line,
            node.first == node.range.start.offset + quote, node.range.end.offset == node.first + node.count + quote
        {
            record.flags.insert(.compact)
            record.payload = UInt32(truncatingIfNeeded: node.count)
        } else {
            record.payload = UInt32(truncatingIfNeeded: extents.count)
            extents.append(
                NodeExtent(
                    first: UInt32(truncatingIfNeeded: node.first), count: UInt32(truncatingIfNeeded: node.count),
                    endOffset: UInt32(truncatingIfNeeded: node.range.end.offset),
                    endColumn: UInt32(clamping: node.range.end.column)))
        }
        nodes.append(record)
        return nodes.count - 1
    }
}
