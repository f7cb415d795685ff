public import BrandDiagnostics

/// One node of a loaded YAML document, with the range of source text it came from.
///
/// Aliases are already expanded (a node reached through `*a` carries the range of the anchored node),
/// and merge keys (`<<`) are already applied, so consumers see plain data.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    private var packedRange: PackedSourceRange
    /// Tags are rare: a reference (8 bytes) in the node instead of an optional string (16).
    private var tagStorage: TextBox?

    /// The explicit tag as written (`!!str`, `!custom`), or `nil` for none.
    public var tag: String? {
        get { tagStorage?.text }
        set { tagStorage = newValue.map(TextBox.init) }
    }

    /// Where the node's text is in its file.
    public var range: SourceRange {
        get { packedRange.range }
        set { packedRange = PackedSourceRange(newValue) }
    }

    public init(_ content: Content, range: SourceRange, tag: String? = nil) {
        self.content = content
        self.packedRange = PackedSourceRange(range)
        self.tagStorage = tag.map(TextBox.init)
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// A word for the node's kind, for messages such as "expected a mapping, found a sequence".
    public var kindDescription: String {
        switch content {
        case .scalar(let scalar): scalar.value.kindDescription
        case .sequence: "a sequence"
        case .mapping: "a mapping"
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

/// A scalar as written, and what it resolves to under the YAML 1.2 core schema.
///
/// Stored in 32 bytes instead of 48: a string value is the text itself almost always, so it is
/// not stored twice (see `ScalarResolution`). A large file holds millions of scalars.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    private var storedText: String
    private var resolution: ScalarResolution
    public var style: Style

    /// The scalar's text after YAML's own unescaping and folding.
    public var text: String {
        get { storedText }
        set {
            // A value that was the old text stays the old text.
            if case .text = resolution { resolution = .detachedString(TextBox(storedText)) }
            storedText = newValue
        }
    }

    /// The core-schema value: only plain scalars without a tag resolve to null, bool, int or float;
    /// every quoted or block scalar is a string.
    public var value: YAMLValue {
        get { resolution.value(text: storedText) }
        set { resolution = ScalarResolution(newValue, text: storedText) }
    }

    public init(text: String, style: Style, value: YAMLValue) {
        self.storedText = text
        self.resolution = ScalarResolution(value, text: text)
        self.style = style
    }

    /// The loader's own: every string value it resolves is the scalar's text, so nothing is compared.
    init(text: String, style: Style, loadedValue value: YAMLValue) {
        self.storedText = text
        if case .string = value { self.resolution = .text } else { self.resolution = ScalarResolution(value, text: text) }
        self.style = style
    }

    /// `value == other.value` without building either value: the duplicate-key check runs it for
    /// every pair of a mapping against the earlier ones.
    func hasSameValue(as other: YAMLScalar) -> Bool {
        switch (resolution, other.resolution) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.float(let a), .float(let b)): a == b
        case (.text, .text): storedText == other.storedText
        case (.text, .detachedString(let b)): storedText == b.text
        case (.detachedString(let a), .text): a.text == other.storedText
        case (.detachedString(let a), .detachedString(let b)): a.text == b.text
        default: false
        }
    }

    public static func == (a: YAMLScalar, b: YAMLScalar) -> Bool {
        a.text == b.text && a.style == b.style && a.value == b.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(style)
        hasher.combine(value)
    }
}

/// A resolved scalar value (YAML 1.2 core schema).
public enum YAMLValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)

    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .float: "a number"
        case .string: "a string"
        }
    }
}

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
