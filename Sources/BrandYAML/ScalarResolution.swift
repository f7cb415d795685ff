/// A scalar's `YAMLValue` without a second copy of its text: in 9 bytes instead of 17, and with no
/// second reference to count. `.text` means "the string is the scalar's text", which is what the
/// loader produces for every string; any other string (set through the public API) is boxed.
enum ScalarResolution: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case text
    case detachedString(TextBox)

    init(_ value: YAMLValue, text: String) {
        switch value {
        case .null: self = .null
        case .bool(let bool): self = .bool(bool)
        case .int(let int): self = .int(int)
        case .float(let double): self = .float(double)
        case .string(let string):
            self = Self.sameUTF8(string, text) ? .text : .detachedString(TextBox(string))
        }
    }

    func value(text: String) -> YAMLValue {
        switch self {
        case .null: .null
        case .bool(let bool): .bool(bool)
        case .int(let int): .int(int)
        case .float(let double): .float(double)
        case .text: .string(text)
        case .detachedString(let box): .string(box.text)
        }
    }

    /// Byte equality, not `String`'s canonical equivalence: the value must read back exactly as given.
    private static func sameUTF8(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }
}

/// An immutable string behind one reference: for what nodes rarely carry (tags, detached values).
final class TextBox: Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }
}
