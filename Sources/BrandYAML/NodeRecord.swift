internal import BrandDiagnostics

/// One node of a `NodeArena`: where it starts, what it is, and where the rest of it is.
///
/// 16 bytes a node in one flat array: a large file holds millions of nodes, and every byte of them
/// is memory the loader touches for the first time (a tree node with its own `String` and array
/// cost 72 bytes and two allocations). Offsets are 32-bit (the arena takes files up to 2 GiB);
/// lines are not stored but found from the offset in the file's line table on access.
///
/// Most nodes are scalars whose text is the file's own bytes on one line (`compact`): their text,
/// end offset and end column follow from the start, the style and the length. Every other node
/// (collections, scalars whose text was unescaped or folded) keeps those in a `NodeExtent`.
struct NodeRecord: Sendable {
    var startOffset: UInt32
    var startColumn: UInt32
    /// A compact scalar's length in bytes; otherwise the index of the node's `NodeExtent`.
    var payload: UInt32
    var kind: NodeKind
    var value: ValueKind
    var flags: Flags

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// `NodeArena.tags` holds a tag for this node.
        static let hasTag = Flags(rawValue: 1)
        /// The scalar's text is the file's own bytes: nothing was copied.
        static let textInSource = Flags(rawValue: 2)
        /// `NodeArena.explicitRanges` holds the range (a node made in code, not read from the file).
        static let explicitRange = Flags(rawValue: 4)
        /// The scalar's text is ASCII (set by the loader where it checked, for the duplicate-key check;
        /// not set says nothing).
        static let asciiText = Flags(rawValue: 8)
        /// A scalar of the file's own bytes on one line, with no `NodeExtent` (see the type's notes).
        static let compact = Flags(rawValue: 16)
    }
}

/// The part of a node that a compact record derives: where its text or children are, and its end.
struct NodeExtent: Sendable {
    /// A scalar's first byte in its text (`NodeArena.text`, or the file's bytes when `textInSource`);
    /// a collection's first entry in `NodeArena.children`.
    var first: UInt32
    /// A scalar's length in bytes; a sequence's items; a mapping's pairs (two children each).
    var count: UInt32
    var endOffset: UInt32
    var endColumn: UInt32
}

/// A node as the loader hands it to `NodeArena.append`, which stores it compactly.
struct NewNode {
    let kind: NodeKind
    let value: ValueKind
    let range: SourceRange
    let first: Int
    let count: Int
    let flags: NodeRecord.Flags

    init(kind: NodeKind, value: ValueKind, range: SourceRange, first: Int, count: Int, flags: NodeRecord.Flags) {
        self.kind = kind
        self.value = value
        self.range = range
        self.first = first
        self.count = count
        self.flags = flags
    }
}

/// A node's kind, with a scalar's style folded in.
enum NodeKind: UInt8, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded, sequence, mapping

    init(_ style: YAMLScalar.Style) {
        switch style {
        case .plain: self = .plain
        case .singleQuoted: self = .singleQuoted
        case .doubleQuoted: self = .doubleQuoted
        case .literal: self = .literal
        case .folded: self = .folded
        }
    }

    /// Bytes between a scalar's start and its text: the opening quote.
    var quoteWidth: Int {
        switch self {
        case .singleQuoted, .doubleQuoted: 1
        case .plain, .literal, .folded, .sequence, .mapping: 0
        }
    }

    var style: YAMLScalar.Style? {
        switch self {
        case .plain: .plain
        case .singleQuoted: .singleQuoted
        case .doubleQuoted: .doubleQuoted
        case .literal: .literal
        case .folded: .folded
        case .sequence, .mapping: nil
        }
    }
}

/// What a scalar resolved to, without the number itself: an int or float is read again from the
/// text (and tag) when asked for, which gives the same value the loader computed. `explicit` is a
/// value given through the public API, kept in `NodeArena.explicitValues`.
enum ValueKind: UInt8, Sendable {
    case null, `false`, `true`, int, float, string, explicit, none

    init(_ value: YAMLValue) {
        switch value {
        case .null: self = .null
        case .bool(let bool): self = bool ? .true : .false
        case .int: self = .int
        case .float: self = .float
        case .string: self = .string
        }
    }
}
