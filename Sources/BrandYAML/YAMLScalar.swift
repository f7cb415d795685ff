/// A scalar as written, and what it resolves to under the YAML 1.2 core schema.
///
/// A loaded document does not store these: `YAMLNode.scalar` makes one on request from the
/// document's storage. A string value is the text itself almost always, so it is not kept twice
/// (see `ScalarResolution`).
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
